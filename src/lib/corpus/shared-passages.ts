import type { CorpusGraph } from './graph.ts';
import type { AnalysedDocument } from './types.ts';
import { findSharedPassages, type PassageSource, type SharedPassage } from '../text/shared-passages.ts';

type Found = Map<string, SharedPassage[]>;

// On globalThis, as the corpus store is: a build's thread hands the passages
// to the build script's copy of this module, and the pages read them through
// the copy inside Astro's page bundle.
const key = Symbol.for('annotated-reader.shared-passages');
const slot = globalThis as unknown as { [key]?: WeakMap<CorpusGraph, Found | Promise<unknown>> };
const memo = () => (slot[key] ??= new WeakMap());

/** What the search reads of each document: its text, and its anchors to name where a passage sits in it. */
export function passageSources(documents: readonly AnalysedDocument[]): PassageSource[] {
  return documents.map((d) => ({
    slug: d.slug,
    text: d.text,
    anchors: d.annotations.map(({ anchor, start, end }) => ({ anchor, start, end })),
  }));
}

/**
 * The verbatim passages the corpus's documents share, by document, each with
 * the nearest anchor in the other document. Found once per graph: the source
 * cards and the uncredited copies both read them, and the search is about a
 * second of a build at 1,000 documents. Found here unless already found
 * elsewhere (sharedPassagesFoundElsewhere).
 */
export function sharedPassagesOf(graph: CorpusGraph): Found {
  const known = memo().get(graph);
  if (known instanceof Map) return known;
  const found = findSharedPassages(passageSources(graph.documents));
  memo().set(graph, found);
  return found;
}

/**
 * In a build, a thread searches while Vite bundles (src/lib/build/threads.ts),
 * so Astro's thread does not: pages that read the passages await
 * sharedPassagesFound first. Should the thread fail, they are found here.
 */
export function sharedPassagesFoundElsewhere(graph: CorpusGraph, found: Promise<Found>): void {
  const settled = found.then(
    (passages) => void memo().set(graph, passages),
    () => void memo().delete(graph),
  );
  memo().set(graph, settled);
}

/** Resolves once the passages of `graph` are found, if a thread is finding them; at once otherwise. */
export async function sharedPassagesFound(graph: CorpusGraph): Promise<void> {
  const known = memo().get(graph);
  if (known && !(known instanceof Map)) await known;
}
