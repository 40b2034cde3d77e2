// A worker thread that holds the build's Pagefind index, so the thread that
// renders pages spends nothing on it: Pagefind runs as this thread's own
// process, takes each rendered page it is sent (cut down to what Pagefind
// reads, with its passages titled: src/lib/search/pagefind-view.ts), passes
// it on as soon as the pages before it in a fixed order have come
// (page-order.ts), and writes the index as soon as the last page it expects
// has come and the build allows it: Astro renders the passage pages, which
// are not indexed, after them, and Pagefind's last step (a fifth of a large
// build) runs meanwhile on a core Astro leaves idle. The build allows it once
// the data files' thread has ended and its memory has come back
// (src/lib/build/memory.ts): that step takes Pagefind's process about 2 GiB
// more for a moment at 10,000 documents, and the data files' thread holds
// about 2 GB (together, 7.1 to 7.4 GiB at the peak, measured). It runs at
// the lowest priority, and so does Pagefind's process, which inherits it:
// both use the CPU time Astro leaves idle (background-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { lowerThreadPriority } from '../build/background-thread.ts';
import { pagefindView, withPassageAnchors } from './pagefind-view.ts';
import { pagesInOrder } from './page-order.ts';
import { watchSpawned } from '../build/spawn-watch.ts';
import type { PassageFacts } from './records.ts';

/** What the thread starts with. */
export interface IndexJob {
  /** The files of the pages to index, sorted: the order Pagefind is given them in (page-order.ts). */
  expected: string[];
  /** Each document page's passages by anchor, by the page's file (see withPassageAnchors). */
  passages: Record<string, Record<string, PassageFacts>>;
  /** The folder the index is written to, once every expected page has come (or at `finish`, if one never does). */
  outputPath: string;
}
/**
 * What the build sends: rendered pages (their HTML as UTF-8 bytes), `allow`
 * once the index may be written as soon as its last page has come, and
 * `finish` once Astro is done (which allows it too).
 */
export type IndexMessage = { type: 'page'; sourcePath: string; html: ArrayBuffer } | { type: 'allow' } | { type: 'finish' };
/** What this thread answers: an error at once, else the index's counts once told to `finish`. */
export type IndexResult = { pages: number; passages: number } | { error: string };

const { expected, passages, outputPath } = workerData as IndexJob;
const decoder = new TextDecoder();

lowerThreadPriority();
let answered = false;
/** Posts this thread's one answer and lets the thread end. */
function answer(result: IndexResult): void {
  if (answered) return;
  answered = true;
  parentPort!.postMessage(result);
  parentPort!.close();
}
/** Set once the index is being written. */
let writing: Promise<IndexResult> | undefined;
/** Set when this thread ends Pagefind's process itself. */
let closing = false;
// If Pagefind's process stops before the index is written (it panics on some
// input), nothing in its API would ever answer: fail at once, with what it printed.
const { index, errors } = await watchSpawned(
  () => pagefind.createIndex({}),
  (code, signal) => {
    if (!closing)
      answer({ error: `Pagefind's process stopped before the index was written (${signal ?? `exit code ${code}`}); its message is above` });
  },
);
if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const pending: Promise<{ errors: string[] }>[] = [];
/** Pages go to Pagefind in a fixed order, each as soon as the pages before it have come. */
const inOrder = pagesInOrder<string>(expected, (sourcePath, content) => pending.push(index!.addHTMLFile({ sourcePath, content })));
let indexed = 0;
/** Passages given a title in the pages indexed. */
let titled = 0;
/** A page for the index that came once the index was being written. */
let late: string | undefined;
/** Whether the build allows the index to be written before it is done. */
let allowed = false;

/** Writes the index (once), then ends Pagefind's process, whose memory the rest of the build can use. */
function write(): Promise<IndexResult> {
  writing ??= (async (): Promise<IndexResult> => {
    inOrder.finish();
    const failed = (await Promise.all(pending)).flatMap((r) => r.errors);
    if (failed.length > 0) return { error: `Pagefind: ${failed.join('; ')}` };
    const written = await index!.writeFiles({ outputPath });
    if (written.errors.length > 0) return { error: `Pagefind: ${written.errors.join('; ')}` };
    return { pages: indexed, passages: titled };
  })()
    .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }))
    .then(async (result) => {
      closing = true;
      await pagefind.close();
      // A failure ends the build at once; counts wait for `finish`, which says no page came late.
      if ('error' in result) answer(result);
      return result;
    });
  return writing;
}

/** Writes the index if every expected page has come and the build allows it. */
function writeIfReady(): void {
  if (allowed && inOrder.complete && !writing) void write();
}

parentPort!.on('message', (message: IndexMessage) => {
  if (message.type === 'page') {
    const html = decoder.decode(message.html);
    // Once any page has data-pagefind-body, Pagefind skips pages without it (lists, /quotes/, 404).
    if (!html.includes('data-pagefind-body')) inOrder.arrive(message.sourcePath, undefined);
    else if (writing) late ??= message.sourcePath;
    else {
      const titles = passages[message.sourcePath];
      if (titles) titled += Object.keys(titles).length;
      indexed++;
      inOrder.arrive(message.sourcePath, withPassageAnchors(pagefindView(html), titles));
    }
    writeIfReady();
  } else if (message.type === 'allow') {
    allowed = true;
    writeIfReady();
  } else {
    void write().then((result) =>
      answer(
        late && !('error' in result)
          ? {
              error: `the search index was written before ${late} came: it is not among the pages the index expects (src/lib/search/indexes.ts)`,
            }
          : result,
      ),
    );
  }
});
