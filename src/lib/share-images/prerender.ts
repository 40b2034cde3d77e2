import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusGraph } from '../corpus/graph.ts';
import { claimCard, documentCard, type ShareCard } from './card.ts';

/**
 * Astro draws the share images late in the build (their routes come after the
 * pages) and one at a time on its own thread. So that most are drawn beside
 * the pages instead, a build starts one thread as soon as the content has
 * passed the check (while Vite bundles), at the lowest priority, that draws
 * every card into the cache (cache.ts)
 * from the end of the list back: Astro, from the start, then finds most of
 * them drawn, and draws the rest itself. The thread holds only the cards, not
 * the corpus, and never keeps the build from ending.
 */
export interface PrerenderJob {
  cards: ShareCard[];
  root: string;
}

const started = Symbol.for('annotated-reader.share-prerender');
const slot = globalThis as unknown as { [started]?: boolean };

/** The drawing thread's module, in the source tree of the project at `root`. */
export const prerenderWorkerPath = (root: string) => join(root, 'src', 'lib', 'share-images', 'prerender-worker.ts');

/** Starts the drawing thread, once per process; `false` when it was started before. */
export function prerenderShareImages(graph: CorpusGraph, root = process.cwd()): boolean {
  if (slot[started]) return false;
  slot[started] = true;
  const cards = [...graph.documents.map((d) => documentCard(graph, d.slug)), ...graph.claims.map((c) => claimCard(graph, c.id))].reverse();
  const job: PrerenderJob = { cards, root };
  // resvg's allocator (mimalloc) gives freed pages back to the system at once, so every picture maps
  // its megabytes afresh: four times the page faults and about 15 % more CPU per image, measured.
  // Whether it keeps them is read from the environment once, when resvg is loaded; this thread can
  // still set it now, before any page or the worker loads resvg (a worker's process.env is its own).
  process.env.MIMALLOC_PURGE_DELAY ??= '-1';
  // The worker runs from the source tree: this module is bundled by Astro, the worker and what it imports are not.
  // Its heap is capped: should drawing ever need more, the thread fails, and Astro draws the rest.
  const worker = new Worker(prerenderWorkerPath(root), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 256 } });
  worker.unref();
  // Astro draws whatever the thread did not: a failure here only costs time.
  worker.on('error', () => {});
  return true;
}
