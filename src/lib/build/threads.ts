// The threads that work beside Astro during a build: the Pagefind index and
// the data files. Each runs a module of its own in a worker thread, so
// Astro keeps the main thread for rendering. Each is named (thread-names.ts).
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DataFilesAnswer, DataFilesJob } from '../export/data-files-worker.ts';
import type { IndexJob, IndexMessage, IndexResult } from '../search/index-worker.ts';
import type { SiteGateJob } from './site-gate-worker.ts';
import { threadAnswer } from './thread-answer.ts';
import { threadNames } from './thread-names.ts';

/** A promise that never settles: in a race, only the others count. */
export const never = (): Promise<never> => new Promise<never>(() => {});

/**
 * Runs src/lib/export/data-files-worker.ts: `done` settles when every file is
 * written (with the size of the thread's heap), `ended` once the thread has ended.
 */
export function writeDataFilesInThread(job: DataFilesJob) {
  const worker = new Worker(new URL('../export/data-files-worker.ts', import.meta.url), { name: threadNames.dataFiles, workerData: job });
  const done = threadAnswer<DataFilesAnswer>(worker, 'writing the data files');
  done.catch(() => {}); // a failure is reported where it is awaited
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return { done, ended, stop: () => worker.terminate() };
}

/**
 * Runs the site gate (site-gate-worker.ts) in one thread per core (at most
 * four), each checking its share of the pages: by the time it runs, nothing
 * else is left for the build to do. Resolves to the problems of the staged
 * site, one `file: problem` line each, in the order of the files.
 */
export async function siteProblemsInThreads(job: SiteGateJob): Promise<string[]> {
  const of = Math.max(1, Math.min(availableParallelism(), 4));
  const shares = await Promise.all(
    Array.from({ length: of }, (_, part) => {
      // Its live data is the list of the site's files; 256 MiB holds that for far more than 10,000 documents.
      const worker = new Worker(new URL('./site-gate-worker.ts', import.meta.url), {
        name: threadNames.siteGate,
        workerData: { ...job, share: { part, of } } satisfies SiteGateJob,
        resourceLimits: { maxOldGenerationSizeMb: 256 },
      });
      return threadAnswer<string[]>(worker, 'checking the built site');
    }),
  );
  // Each share lists its problems by file; the site's are sorted by the file before ": ".
  const file = (line: string) => line.slice(0, line.indexOf(': '));
  return shares.flat().sort((a, b) => (file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : 0));
}

/**
 * The Pagefind index, held by src/lib/search/index-worker.ts in a thread (and
 * a Pagefind process) of its own: whatever pages it is sent, each document
 * page with its passages (by page file, then anchor) titled, each page
 * indexed as soon as those `expected` before it have come, the index written
 * to `outputPath` as soon as the last of them has and `allow` was called.
 */
export function startIndex(job: IndexJob) {
  const worker = new Worker(new URL('../search/index-worker.ts', import.meta.url), { name: threadNames.searchIndex, workerData: job });
  // The thread answers once, to `finish` (or fails before).
  const answer = threadAnswer<IndexResult>(worker, 'the search index');
  answer.catch(() => {}); // a failure is reported by finish()
  /** Rejects as soon as the thread fails or answers with an error; never settles otherwise. */
  const failed = answer.then((result) => ('error' in result ? Promise.reject(new Error(result.error)) : never()));
  failed.catch(() => {});
  return {
    failed,
    addPage(sourcePath: string, html: ArrayBuffer) {
      const message: IndexMessage = { type: 'page', sourcePath, html };
      worker.postMessage(message, [html]);
    },
    /** Lets the index be written as soon as its last page has come, before Astro is done. */
    allow() {
      const message: IndexMessage = { type: 'allow' };
      worker.postMessage(message);
    },
    /** Says no more pages will come; resolves once the index is written. */
    async finish(): Promise<{ pages: number; passages: number }> {
      const message: IndexMessage = { type: 'finish' };
      worker.postMessage(message);
      const result = await answer;
      if ('error' in result) throw new Error(result.error);
      return result;
    },
    stop: () => worker.terminate(),
  };
}

export type SearchIndexThread = ReturnType<typeof startIndex>;

/**
 * Moves everything under `from` to the same place under `to`, then removes
 * `from`. A folder that `to` does not have yet moves whole, in one rename
 * (the data files' folders hold a file per document); one it has is merged.
 */
export function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory() && existsSync(target)) moveInto(source, target);
    else renameSync(source, target);
  }
  rmSync(from, { recursive: true, force: true });
}
