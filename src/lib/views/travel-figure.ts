import { plural } from '../labels.ts';
import { edgeDash, FONT, LABEL_FONT, LINE, type TravelLayout } from './travel-layout.ts';
import { edgeLabels, listAnchor, nodeKindLabels, UNNAMED, type EdgeType, type NodeKind, type TravelView } from './travel.ts';
import type { Paged } from './paging.ts';
import type { TravelListEntry } from './story.ts';

/**
 * What the figure of how the story travelled shows: the drawn diagram (when
 * the corpus is small enough to draw), its description, its legend, and the
 * same lines as a list of links, which is the figure's text alternative.
 */
export interface TravelFigureView {
  /** The diagram, absent when there are too many copies to draw. */
  drawn?: {
    width: number;
    height: number;
    description: string;
    columns: { label: string; x: number }[];
    edges: {
      id: string;
      type: EdgeType;
      steps: number;
      title: string;
      path: string;
      dash?: string;
      label: string;
      /** The label's background, then the label's baseline (centred on labelX). */
      labelBox: { x: number; y: number; width: number; height: number };
      labelX: number;
      labelY: number;
    }[];
    nodes: {
      id: string;
      kind: NodeKind;
      href: string;
      title: string;
      x: number;
      y: number;
      width: number;
      height: number;
      lines: { x: number; y: number; text: string; detail: boolean }[];
    }[];
    legend: { type: EdgeType; dash?: string; label: string }[];
  };
  /** The number of copies, when too many to draw. */
  documents: number;
  /**
   * The list in words, or the page of it shown here (views/story.ts): one
   * entry per node that words leave, with its lines; absent in the compact figure.
   */
  list?: {
    heading: string;
    /** Said above the list's first page when the diagram is not drawn. */
    tooMany?: string;
    entries: {
      anchor: string;
      /** Absent for the passages with no named source, which have no page. */
      href?: string;
      label: string;
      kind: string;
      lines: { id: string; type: EdgeType; label: string; href: string; to: string; passages: string }[];
      /** The lines left out past the busiest ones, in words ("and 3 more lines, 12 passages"). */
      more?: string;
    }[];
    pager: Paged<TravelListEntry>;
  };
}

/** What a node is called in the list and the diagram's tooltips: a document is a copy. */
const kindWords: Record<NodeKind, string> = { speaker: 'speaker', event: 'event', outlet: 'outlet', document: 'copy' };

export { listAnchor };

/** `compact`: the home page's version, without speakers; `list`: the page of the list in words to show. */
export function travelFigure(
  view: TravelView,
  layout: TravelLayout | undefined,
  compact = false,
  list?: Paged<TravelListEntry>,
): TravelFigureView {
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const documents = view.nodes.filter((n) => n.kind === 'document').length;
  return {
    drawn: layout && drawnView(view, layout, compact, byId),
    documents,
    list: list && {
      heading: layout ? 'Every line of the diagram, in words' : 'How the story travelled, in words',
      tooMany:
        !layout && list.page === 1
          ? `There are too many documents (${documents}) to draw; below, each speaker, event and outlet with its busiest lines.`
          : undefined,
      entries: list.items.map(({ node: n, anchor, lines, moreLines, morePassages }) => ({
        anchor,
        href: n.id === UNNAMED ? undefined : n.href,
        label: n.id === UNNAMED ? 'No source named' : n.label,
        kind: kindWords[n.kind],
        lines: lines.map(({ edge: e, to }) => ({
          id: e.id,
          type: e.type,
          label: edgeLabels[e.type],
          href: to.href,
          to: to.label,
          passages: plural(e.steps.length, 'passage'),
        })),
        more: moreLines > 0 ? `and ${plural(moreLines, 'more line')}, ${plural(morePassages, 'passage')}` : undefined,
      })),
      pager: list,
    },
  };
}

function drawnView(
  view: TravelView,
  layout: TravelLayout,
  compact: boolean,
  byId: Map<string, TravelView['nodes'][number]>,
): TravelFigureView['drawn'] {
  const counts = (['speaker', 'event', 'outlet', 'document'] as const)
    .map((k) => [k, layout.nodes.filter((n) => n.kind === k).length] as const)
    .filter(([, n]) => n > 0);
  const drawnTypes = (Object.keys(edgeLabels) as EdgeType[]).filter((t) => layout.edges.some((e) => e.type === t));
  const description =
    `${counts.map(([k, n]) => `${n} ${nodeKindLabels[k].toLowerCase().replace(/^the /, '')}`).join(', ')}, joined by ${plural(layout.edges.length, 'line')}. ` +
    `Each line is one way words moved, named on the line and drawn in its own style: ${drawnTypes.map((t) => edgeLabels[t]).join(', ')}.` +
    (compact ? ' Speakers are left out here; the full diagram has them.' : '');
  const textAt = (n: { x: number; y: number }, i: number) => ({ x: n.x + 8, y: n.y + 6 + FONT + i * LINE });
  return {
    width: layout.width,
    height: layout.height,
    description,
    columns: layout.columns,
    edges: layout.edges.map((e) => ({
      id: e.id,
      type: e.type,
      steps: e.steps.length,
      title: `${byId.get(e.from)!.label} → ${edgeLabels[e.type]} → ${byId.get(e.to)!.label} (${plural(e.steps.length, 'passage')})`,
      path: e.path,
      dash: edgeDash[e.type],
      label: e.label,
      labelBox: { x: e.labelX - e.labelWidth / 2, y: e.labelY - LABEL_FONT / 2 - 2, width: e.labelWidth, height: LABEL_FONT + 4 },
      labelX: e.labelX,
      labelY: e.labelY + LABEL_FONT / 2 - 2,
    })),
    nodes: layout.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      href: n.href,
      title: `${n.label}${n.detail ? ` (${n.detail})` : ''}: ${kindWords[n.kind]}`,
      x: n.x,
      y: n.y,
      width: n.width,
      height: n.height,
      lines: [...n.lines.map((text) => ({ text, detail: false })), ...n.detailLines.map((text) => ({ text, detail: true }))].map(
        (l, i) => ({ ...l, ...textAt(n, i) }),
      ),
    })),
    legend: drawnTypes.map((type) => ({ type, dash: edgeDash[type], label: edgeLabels[type] })),
  };
}
