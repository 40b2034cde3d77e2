// Draws share images into the cache (prerender.ts), skipping those already
// there: in the background while Astro renders the pages, or, once they are
// written, the rest.
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
