// The site gate (site-gate.ts) in threads of its own, each checking its share
// of the pages while the build writes the share images. Reading every page
// of the staged site makes garbage as fast as the disk gives it: on the
// build's thread, V8 let the heap grow by 0.7 GiB at 3,000 documents before
// collecting, at the moment of the build's peak memory. Here the heap is
// capped (threads.ts), so it is collected as it goes, and all of it is given
// back when the thread ends.
import { parentPort, workerData } from 'node:worker_threads';
import { siteProblems, type GateShare } from './site-gate.ts';

export interface SiteGateJob {
  /** The staged site. */
  dir: string;
  /** Astro's `base`. */
  base: string;
  /** Files the build is still writing into the site (its share images), counted as there. */
  coming?: string[];
  /** The pages this thread checks, when several share the site. */
  share?: GateShare;
}

const job = workerData as SiteGateJob;
parentPort!.postMessage(siteProblems(job.dir, job.base, job.coming, job.share));
