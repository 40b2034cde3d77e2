// Draws share images into the cache (prerender.ts), skipping those already
// there: in the background while Astro renders the pages, or, once they are
// written, the rest. resvg draws in Node's thread pool, as for the build's
// own drawing: its synchronous render keeps each 3 MB picture until a full
// garbage collection, which this thread's small heap rarely needs, and
// measured 4 MB more memory per image.
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../build/background-thread.ts';
import { cachedShareImage, isCached } from './cache.ts';
import type { PrerenderJob } from './prerender.ts';

const job = workerData as PrerenderJob;
if (job.background) lowerThreadPriority();
for (const card of job.cards) {
  if (!isCached(card, job.root)) await cachedShareImage(card, job.root);
}
parentPort!.postMessage('drawn');
