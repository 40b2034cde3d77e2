import type { CorpusGraph } from '../corpus/graph.ts';
import { drawable, layoutTravel, type TravelLayout } from './travel-layout.ts';
import { listAnchor, travelView, type TravelEdge, type TravelNode, type TravelView } from './travel.ts';
import type { Urls } from '../urls.ts';
import { paginate, type Paged } from './paging.ts';

/**
 * The list in words under the travel diagram: one entry per node that words
 * leave, with the lines that leave it. When the diagram is drawn the list is
 * its text alternative and gives every line; when the corpus is too large to
 * draw, each entry names its `linesListed` busiest lines (most passages
 * first) and counts the rest, and the entries continue on numbered pages
 * (/story/2/, …), `sourcesPerPage` a page, so no page grows with the corpus.
 */
export const linesListed = 10;
export const sourcesPerPage = 60;

export interface TravelListLine {
  edge: TravelEdge;
  to: TravelNode;
}
export interface TravelListEntry {
  node: TravelNode;
  /** The id of the entry, for the diagram's links to it. */
  anchor: string;
  lines: TravelListLine[];
  /** Lines left out, and the passages they stand for. */
  moreLines: number;
  morePassages: number;
}

export function travelList(view: TravelView, complete: boolean, limit = linesListed): TravelListEntry[] {
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const leaving = new Map<string, TravelEdge[]>();
  for (const e of view.edges) leaving.set(e.from, [...(leaving.get(e.from) ?? []), e]);
  return view.nodes
    .filter((n) => leaving.has(n.id))
    .map((node) => {
      const edges = leaving.get(node.id)!;
      // Array.prototype.sort is stable: lines with as many passages keep their order.
      const ranked = complete || edges.length <= limit ? edges : [...edges].sort((a, b) => b.steps.length - a.steps.length);
      const listed = complete ? ranked : ranked.slice(0, limit);
      const left = complete ? [] : ranked.slice(limit);
      return {
        node,
        anchor: listAnchor(node.id),
        lines: listed.map((edge) => ({ edge, to: byId.get(edge.to)! })),
        moreLines: left.length,
        morePassages: left.reduce((n, e) => n + e.steps.length, 0),
      };
    });
}

/** The list in words on pages: one page with every line when the diagram is drawn. */
export function travelListPages(view: TravelView, drawn: boolean, urls: Urls, size = sourcesPerPage): Paged<TravelListEntry>[] {
  const list = travelList(view, drawn);
  return paginate(list, drawn ? Math.max(1, list.length) : size, (page) => urls.story(page));
}

/** /story/ and its numbered pages: every attribution chain as one diagram, laid out when the corpus is small enough to draw, and the list in words. */
export function storyPages(graph: CorpusGraph, urls: Urls): { view: TravelView; layout?: TravelLayout; pages: Paged<TravelListEntry>[] } {
  const view = travelView(graph, urls, urls.story());
  const layout = drawable(view) ? layoutTravel(view) : undefined;
  return { view, layout, pages: travelListPages(view, layout !== undefined, urls) };
}
