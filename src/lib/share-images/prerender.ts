import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { threadAnswer } from '../build/thread-answer.ts';
import { threadNames } from '../build/thread-names.ts';
import type { ShareCard, ShareImage } from './card.ts';

/**
 * The share images are drawn into the cache (cache.ts) by threads, and the
 * build copies them into the site once the pages are written (publish.ts).
 * A build starts one thread as soon as the content has passed the check
 * (while Vite bundles), at the lowest priority, that draws every card from
 * the end of the list back, so that most are drawn beside the pages; once
 * the pages are written, a second thread at normal priority draws the rest
 * from the start, and the two meet. Each holds only the cards, not the
 * corpus, with a capped heap: drawn on Astro's thread, the cards' garbage
 * grew its heap by half a gigabyte at 10,000 documents, at the build's peak
 * memory (measured).
 */
export interface PrerenderJob {
  cards: ShareCard[];
  root: string;
  /** At the lowest priority, beside the pages (the thread then never keeps the build from ending). */
  background: boolean;
}

const started = Symbol.for('annotated-reader.share-prerender');
const slot = globalThis as unknown as { [started]?: boolean };

/** The drawing thread's module, in the source tree of the project at `root`. */
export const prerenderWorkerPath = (root: string) => join(root, 'src', 'lib', 'share-images', 'prerender-worker.ts');

function drawingThread(job: PrerenderJob): Worker {
  // The worker runs from the source tree: this module is bundled by Astro, the worker and what it imports are not.
  // Its heap is capped: should drawing ever need more, the thread fails, and the build draws the rest (publish.ts).
  return new Worker(prerenderWorkerPath(job.root), {
    name: threadNames.shareImages,
    workerData: job,
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
}

/** Starts the background drawing thread, once per process; `false` when it was started before. */
export function prerenderShareImages(images: ShareImage[], root = process.cwd()): boolean {
  if (slot[started]) return false;
  slot[started] = true;
  const worker = drawingThread({ cards: images.map((i) => i.card).reverse(), root, background: true });
  worker.unref();
  // The build draws whatever the thread did not: a failure here only costs time.
  worker.on('error', () => {});
  return true;
}

/** Draws into the cache, in a thread at normal priority, every card not there yet, in order; resolves when all are. */
export async function drawShareImagesInThread(cards: ShareCard[], root = process.cwd()): Promise<void> {
  await threadAnswer<'drawn'>(drawingThread({ cards, root, background: false }), 'drawing the share images');
}
