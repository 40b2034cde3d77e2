// The threads that work beside Astro during a build: the two Pagefind indexes
// and the data files. Each runs a module of its own in a worker thread, so
// Astro keeps the main thread for rendering.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DataFilesJob } from '../export/data-files-worker.ts';
import type { IndexMessage, IndexResult } from '../search/index-worker.ts';
import type { QuoteRecord } from '../search/records.ts';
import { threadAnswer } from './thread-answer.ts';

/** A promise that never settles: in a race, only the others count. */
export const never = (): Promise<never> => new Promise<never>(() => {});

/** Runs src/lib/export/data-files-worker.ts: `done` settles when every file is written. */
export function writeDataFilesInThread(job: DataFilesJob) {
  const worker = new Worker(new URL('../export/data-files-worker.ts', import.meta.url), { workerData: job });
  const done = threadAnswer<void>(worker, 'writing the data files');
  done.catch(() => {}); // a failure is reported where it is awaited
  return { done, stop: () => worker.terminate() };
}

/**
 * A Pagefind index, held by src/lib/search/index-worker.ts in a thread (and a
 * Pagefind process) of its own: the custom records it is given (one per
 * quote, so quotes can be found and filtered by speaker, outlet and claim),
 * then whatever pages it is sent.
 */
export function startIndex(records: QuoteRecord[]) {
  const worker = new Worker(new URL('../search/index-worker.ts', import.meta.url), { workerData: { records } });
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
    async finish(outputPath: string): Promise<{ pages: number; quotes: number }> {
      const message: IndexMessage = { type: 'finish', outputPath };
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
 * Pagefind writes its scripts, styles and WebAssembly beside every index; the
 * search page loads them from the pages' index only, so the quotes' index
 * keeps its index files alone (entry, metadata, chunks, filters, fragments).
 */
export function keepIndexFilesOnly(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name !== 'pagefind-entry.json' && !entry.name.endsWith('.pf_meta')) rmSync(join(dir, entry.name));
  }
}

/** Moves every file under `from` to the same place under `to`, then removes `from`. */
export function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const target = join(to, relative(from, join(entry.parentPath, entry.name)));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(entry.parentPath, entry.name), target);
  }
  rmSync(from, { recursive: true, force: true });
}
