import dagre from '@dagrejs/dagre';
import { edgeLabels, nodeKindLabels, type EdgeType, type NodeKind, type TravelEdge, type TravelNode, type TravelView } from './travel.ts';

/**
 * Positions for the travel diagram, computed at build time with dagre (a
 * maintained layered-graph layout): left to right, one column per role, so
 * the words move from speakers to the copies. Text widths are estimated from
 * character counts (no browser at build time), with room to spare.
 */
export interface PlacedNode extends TravelNode {
  /** Top-left corner and size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label wrapped to lines, then the detail line, if any. */
  lines: string[];
  detailLines: string[];
}
export interface PlacedEdge extends TravelEdge {
  /** SVG path data. */
  path: string;
  label: string;
  /** Centre of the label. */
  labelX: number;
  labelY: number;
  labelWidth: number;
}
export interface TravelLayout {
  width: number;
  height: number;
  columns: { label: string; x: number }[];
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** The line style of each kind of step (SVG stroke-dasharray; solid when empty); the word is always printed too. */
export const edgeDash: Record<EdgeType, string | undefined> = {
  'said-at': undefined,
  reported: undefined,
  paraphrased: '7 4',
  republished: '2 3',
  copied: '12 4 2 4',
  unattributed: '1 5',
};

/**
 * Beyond this many documents the diagram is not drawn (the list in words
 * still is): a layered layout of thousands of copies would be unreadable, and
 * its cost grows faster than the corpus.
 */
export const MAX_DRAWN_DOCUMENTS = 40;
export const drawable = (view: TravelView) => view.nodes.filter((n) => n.kind === 'document').length <= MAX_DRAWN_DOCUMENTS;

export const FONT = 13;
export const LABEL_FONT = 11;
export const LINE = 16;
const CHAR = 0.58;
const PAD = 8;
const HEAD = 28;

/** Greedy word wrap to at most `max` characters a line. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const textWidth = (chars: number, size: number) => Math.ceil(chars * size * CHAR);

/** A smooth path through every one of dagre's points (Catmull-Rom as cubic Béziers), so labels sit on their line. */
function pathThrough(points: { x: number; y: number }[]): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  const at = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))]!;
  let d = `M${r(points[0]!.x)} ${r(points[0]!.y)}`;
  for (let i = 0; i < points.length - 1; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6 };
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6 };
    d += ` C${r(c1.x)} ${r(c1.y)} ${r(c2.x)} ${r(c2.y)} ${r(p2.x)} ${r(p2.y)}`;
  }
  return d;
}

/**
 * Lays out the view. `compact` leaves out the speakers (their words still
 * reach the copies through the events and outlets drawn) for the home page.
 */
export function layoutTravel(view: TravelView, { compact = false } = {}): TravelLayout {
  const kept = compact ? view.nodes.filter((n) => n.kind !== 'speaker') : view.nodes;
  const keptIds = new Set(kept.map((n) => n.id));
  const shift = compact ? 1 : 0;
  const layer = new Map(kept.map((n) => [n.id, n.layer - shift]));
  const edges = view.edges.filter((e) => keptIds.has(e.from) && keptIds.has(e.to));

  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 10, edgesep: 6, ranksep: 12, marginx: 4, marginy: HEAD });
  g.setDefaultEdgeLabel(() => ({}));
  const wrapped = new Map<string, { lines: string[]; detailLines: string[] }>();
  for (const n of kept) {
    const lines = wrap(n.label, n.kind === 'document' ? 24 : 20);
    const detailLines = n.detail ? wrap(n.detail, 24) : [];
    wrapped.set(n.id, { lines, detailLines });
    const chars = Math.max(...[...lines, ...detailLines].map((l) => l.length));
    g.setNode(n.id, { width: textWidth(chars, FONT) + 2 * PAD, height: (lines.length + detailLines.length) * LINE + PAD * 1.5 });
  }
  for (const e of edges) {
    const label = edgeLabels[e.type];
    g.setEdge(
      e.from,
      e.to,
      {
        label,
        width: textWidth(label.length, LABEL_FONT) + 6,
        height: LABEL_FONT + 4,
        labelpos: 'c',
        minlen: Math.max(1, layer.get(e.to)! - layer.get(e.from)!),
      },
      e.id,
    );
  }
  dagre.layout(g);

  const nodes: PlacedNode[] = kept.map((n) => {
    const p = g.node(n.id);
    return {
      ...n,
      layer: layer.get(n.id)!,
      x: p.x - p.width / 2,
      y: p.y - p.height / 2,
      width: p.width,
      height: p.height,
      ...wrapped.get(n.id)!,
    };
  });
  // dagre ranks a node without lines first; a copy no drawn line reaches still belongs in its column, below the others.
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  let bottom = Math.max(HEAD, ...nodes.filter((n) => linked.has(n.id)).map((n) => n.y + n.height));
  for (const n of nodes.filter((n) => !linked.has(n.id))) {
    const peers = nodes.filter((m) => linked.has(m.id) && m.layer === n.layer);
    n.x = peers.length > 0 ? Math.min(...peers.map((m) => m.x)) : Math.max(0, ...nodes.map((m) => m.x + m.width)) + 36;
    n.y = bottom + 10;
    bottom = n.y + n.height;
  }
  const placedEdges: PlacedEdge[] = edges.map((e) => {
    const p = g.edge(e.from, e.to, e.id) as { points: { x: number; y: number }[]; x: number; y: number; width: number; label: string };
    return { ...e, path: pathThrough(p.points), label: p.label, labelX: p.x, labelY: p.y, labelWidth: p.width };
  });
  const graph = g.graph();
  // A heading over each column, at the mean centre of its nodes.
  const columns = (['speaker', 'event', 'outlet', 'document'] as NodeKind[]).flatMap((kind) => {
    const inKind = nodes.filter((n) => n.kind === kind);
    if (inKind.length === 0) return [];
    const left = Math.min(...inKind.map((n) => n.x));
    return [{ label: nodeKindLabels[kind], x: left }];
  });
  const width = Math.max(graph.width ?? 0, ...nodes.map((n) => n.x + n.width + 4));
  const height = Math.max(graph.height ?? 0, bottom + 4);
  return { width: Math.ceil(width), height: Math.ceil(height), columns, nodes, edges: placedEdges };
}
