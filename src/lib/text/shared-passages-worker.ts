// A thread of a build that finds the passages the documents share
// (shared-passages.ts) while Vite bundles, so Astro's thread, which renders
// every page, does not (src/lib/corpus/shared-passages.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { findSharedPassages, type PassageSource } from './shared-passages.ts';

parentPort!.postMessage(findSharedPassages(workerData as PassageSource[]));
