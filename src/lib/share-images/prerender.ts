import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard, ShareImage } from './card.ts';

/**
 * A build writes the share images once the pages are written, one at a time
 * on the main thread (publish.ts). So that most are drawn beside the pages
 * instead, a build starts one thread as soon as the content has passed the
 * check (while Vite bundles), at the lowest priority, that draws every card
 * into the cache (cache.ts) from the end of the list back: the build, from
 * the start, then finds most of them drawn, and draws the rest itself. The
 * thread holds only the cards, not the corpus, and never keeps the build from
 * ending.
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
export function prerenderShareImages(images: ShareImage[], root = process.cwd()): boolean {
  if (slot[started]) return false;
  slot[started] = true;
  const job: PrerenderJob = { cards: images.map((i) => i.card).reverse(), root };
  // resvg's allocator (mimalloc) gives freed pages back to the system at once, so every picture maps
  // its megabytes afresh: four times the page faults and about 15 % more CPU per image, measured.
  // Whether it keeps them is read from the environment once, when resvg is loaded; this thread can
  // still set it now, before any page or the worker loads resvg (a worker's process.env is its own).
  process.env.MIMALLOC_PURGE_DELAY ??= '-1';
  // The worker runs from the source tree: this module is bundled by Astro, the worker and what it imports are not.
  // Its heap is capped: should drawing ever need more, the thread fails, and the build draws the rest (publish.ts).
  const worker = new Worker(prerenderWorkerPath(root), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 256 } });
  worker.unref();
  // The build draws whatever the thread did not: a failure here only costs time.
  worker.on('error', () => {});
  return true;
}
