import type { CorpusGraph } from '../graph.ts';
import { drawable, layoutTravel, type TravelLayout } from '../travel-layout.ts';
import { travelView, type TravelView } from '../travel.ts';
import type { Urls } from '../urls.ts';

/** /story/: every attribution chain as one diagram, laid out when the corpus is small enough to draw. */
export function storyView(graph: CorpusGraph, urls: Urls): { view: TravelView; layout?: TravelLayout } {
  const view = travelView(graph, urls, urls.story());
  return { view, layout: drawable(view) ? layoutTravel(view) : undefined };
}
