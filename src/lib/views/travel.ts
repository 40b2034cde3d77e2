import { attributionChain, type ChainStep } from '../corpus/chain.ts';
import { uncreditedCopies } from '../corpus/uncredited-copies.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import { fragment, type Urls } from '../urls.ts';
import { shortDate, UNDATED, UNKNOWN_PUBLISHER } from '../labels.ts';

/**
 * How the story travelled: every step of every attribution chain in the corpus
 * (speaker → event → outlets → copy), merged into one graph whose nodes are
 * the speakers, events, outlets and documents, and whose edges say how the
 * words moved. Copies made without credit (copies.ts) add one edge each, from
 * the outlet whose wording they carry.
 */
export type EdgeType = 'said-at' | 'reported' | 'paraphrased' | 'republished' | 'copied' | 'unattributed';
export type NodeKind = 'speaker' | 'event' | 'outlet' | 'document';

/** Words for each kind of step, as the diagram prints them on the line and the list reads them. */
export const edgeLabels: Record<EdgeType, string> = {
  'said-at': 'said at',
  reported: 'reported',
  paraphrased: 'paraphrased',
  republished: 'republished',
  copied: 'copied without credit',
  unattributed: 'no source named',
};
/** Column headings, in order. */
export const nodeKindLabels: Record<NodeKind, string> = {
  speaker: 'Speakers',
  event: 'Events',
  outlet: 'Outlets',
  document: 'The copies',
};
export const UNNAMED = 'speaker:(unnamed)';

/** The id of a node's entry in the list under the diagram, where the lines that leave it are (`from-speaker-rt`). */
export const listAnchor = (nodeId: string) => `from-${nodeId === UNNAMED ? 'unnamed' : nodeId.replace(':', '-')}`;

export interface TravelNode {
  /** `kind:entity-or-slug`: one entity may be both a speaker and an outlet, as two nodes. */
  id: string;
  kind: NodeKind;
  label: string;
  /** A second line: a copy's publisher and date. */
  detail?: string;
  href: string;
  /** Column, left to right: speakers 0, events 1, outlets from 2 (an outlet citing another stands right of it), copies last. */
  layer: number;
}

/** One appearance of words that takes a step: the passage's document and anchor. */
export interface StepRef {
  document: string;
  /** Absent when a copy shares wording outside any annotated passage: the step links to the document. */
  anchor?: string;
}

export interface TravelEdge {
  id: string;
  from: string;
  to: string;
  type: EdgeType;
  /** Every chain step (or copied passage) this edge stands for. */
  steps: StepRef[];
}

export interface TravelView {
  nodes: TravelNode[];
  edges: TravelEdge[];
  /** Chain steps counted over every chain; each is one entry of some edge's `steps`, except copies. */
  chainSteps: number;
}

const nodeId = (s: ChainStep): string => (s.role === 'document' ? `document:${s.document}` : s.entity ? `${s.role}:${s.entity}` : UNNAMED);

/** How the words moved into `to` from `from`. */
export function edgeType(from: ChainStep, to: ChainStep): EdgeType {
  if (to.role === 'event') return from.type === 'unattributed' ? 'unattributed' : 'said-at';
  if (from.role === 'speaker' || from.role === 'event') {
    return from.type === 'said' ? 'reported' : from.type === 'paraphrased' ? 'paraphrased' : 'unattributed';
  }
  return to.type === 'republished' ? 'republished' : 'reported';
}

/** Every attribution chain in the corpus, with the passage it belongs to. */
export function allChains(graph: CorpusGraph): { ref: StepRef; steps: ChainStep[] }[] {
  return graph.documents.flatMap((d) =>
    d.annotations.flatMap((a) =>
      a.type === 'quote' || a.type === 'claim' ? [{ ref: { document: d.slug, anchor: a.anchor }, steps: attributionChain(d, a) }] : [],
    ),
  );
}

export function travelView(graph: CorpusGraph, urls: Urls, storyUrl: string): TravelView {
  const chains = allChains(graph);
  const nodes = new Map<string, Omit<TravelNode, 'layer'>>();
  const edges = new Map<string, TravelEdge>();
  const addNode = (s: ChainStep) => {
    const id = nodeId(s);
    if (nodes.has(id)) return id;
    if (s.role === 'document') {
      const d = graph.document(s.document!)!;
      const publisher = d.data.publisher ? (graph.entity(d.data.publisher)?.name ?? d.data.publisher) : UNKNOWN_PUBLISHER;
      const date = d.data.published;
      const detail = `${publisher}, ${date ? shortDate(date) : UNDATED}`;
      nodes.set(id, { id, kind: 'document', label: d.data.title, detail, href: urls.document(d.slug) });
    } else if (id === UNNAMED) {
      nodes.set(id, { id, kind: 'speaker', label: 'No source named', href: `${storyUrl}${fragment(listAnchor(UNNAMED))}` });
    } else {
      nodes.set(id, { id, kind: s.role, label: graph.entity(s.entity!)?.name ?? s.entity!, href: urls.entity(s.entity!) });
    }
    return id;
  };
  const addEdge = (from: string, to: string, type: EdgeType, ref: StepRef) => {
    const id = `${type}|${from}|${to}`;
    const edge = edges.get(id) ?? { id, from, to, type, steps: [] };
    edge.steps.push(ref);
    edges.set(id, edge);
  };

  let chainSteps = 0;
  for (const { ref, steps } of chains) {
    steps.forEach((s) => addNode(s));
    for (let i = 1; i < steps.length; i++) {
      addEdge(nodeId(steps[i - 1]!), nodeId(steps[i]!), edgeType(steps[i - 1]!, steps[i]!), ref);
      chainSteps++;
    }
  }
  for (const copy of uncreditedCopies(graph)) {
    const outlet = addNode({ role: 'outlet', type: 'reported', entity: copy.outlet });
    const to = addNode({ role: 'document', type: 'reported', document: copy.copy });
    for (const anchor of copy.anchors) addEdge(outlet, to, 'copied', { document: copy.copy, anchor });
    if (copy.anchors.length === 0) addEdge(outlet, to, 'copied', { document: copy.copy });
  }
  // Every document is a copy in the picture, even one that quotes no one.
  for (const d of graph.documents) addNode({ role: 'document', type: 'reported', document: d.slug });

  const layers = assignLayers([...nodes.values()], [...edges.values()]);
  const rank = new Map(graph.documents.map((d, i) => [`document:${d.slug}`, i]));
  return {
    nodes: [...nodes.values()]
      .map((n) => ({ ...n, layer: layers.get(n.id)! }))
      .sort((a, b) => a.layer - b.layer || (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) || a.label.localeCompare(b.label)),
    edges: [...edges.values()],
    chainSteps,
  };
}

/**
 * Columns by role; an outlet that reports what another outlet reported stands
 * one column right of it (longest path among outlets), and the copies stand
 * right of every outlet.
 */
function assignLayers(nodes: Omit<TravelNode, 'layer'>[], edges: TravelEdge[]): Map<string, number> {
  const depth = new Map<string, number>();
  const kind = new Map(nodes.map((n) => [n.id, n.kind]));
  const outletEdges = edges.filter((e) => kind.get(e.from) === 'outlet' && kind.get(e.to) === 'outlet' && e.from !== e.to);
  for (const n of nodes) if (n.kind === 'outlet') depth.set(n.id, 0);
  // Relax at most once per outlet: a cycle between outlets (each citing the other) cannot loop forever.
  for (let round = 0; round < depth.size; round++) {
    let changed = false;
    for (const e of outletEdges) {
      const next = depth.get(e.from)! + 1;
      if (next > depth.get(e.to)! && next < depth.size) {
        depth.set(e.to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const deepest = Math.max(-1, ...depth.values());
  return new Map(
    nodes.map((n) => [n.id, n.kind === 'speaker' ? 0 : n.kind === 'event' ? 1 : n.kind === 'outlet' ? 2 + depth.get(n.id)! : 3 + deepest]),
  );
}
