import type { CorpusGraph } from './graph.ts';
import { findSharedPassages, type SharedPassage } from '../text/shared-passages.ts';

const memo = new WeakMap<CorpusGraph, Map<string, SharedPassage[]>>();

/**
 * The verbatim passages the corpus's documents share, by document, each with
 * the nearest anchor in the other document. Found once per graph: the source
 * cards and the uncredited copies both read them, and the search is about a
 * second of a build at 1,000 documents.
 */
export function sharedPassagesOf(graph: CorpusGraph): Map<string, SharedPassage[]> {
  let shared = memo.get(graph);
  if (!shared) {
    shared = findSharedPassages(
      graph.documents.map((d) => ({
        slug: d.slug,
        text: d.text,
        anchors: d.annotations.map(({ anchor, start, end }) => ({ anchor, start, end })),
      })),
    );
    memo.set(graph, shared);
  }
  return shared;
}
