// The build's search-index thread writes the index as soon as the last page it
// expects has come (and the build allows it), while Astro still renders pages
// the index does not hold.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { IndexJob, IndexMessage, IndexResult } from '../../src/lib/search/index-worker.ts';
import { threadAnswer } from '../../src/lib/build/thread-answer.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** The index thread expecting these page files; `send` posts a page marked for the index. */
function indexThread(expected: string[]) {
  const outputPath = tempDir('reader-index-thread-');
  const worker = new Worker(new URL('../../src/lib/search/index-worker.ts', import.meta.url), {
    workerData: { expected, passages: {}, outputPath } satisfies IndexJob,
  });
  const answer = threadAnswer<IndexResult>(worker, 'the search index');
  return {
    entry: join(outputPath, 'pagefind-entry.json'),
    send(file: string) {
      const html = `<!DOCTYPE html><html lang="en"><head><title>${file}</title></head><body><main data-pagefind-body><p>Words of ${file}.</p></main></body></html>`;
      const message: IndexMessage = { type: 'page', sourcePath: file, html: new TextEncoder().encode(html).buffer as ArrayBuffer };
      worker.postMessage(message);
    },
    allow() {
      const message: IndexMessage = { type: 'allow' };
      worker.postMessage(message);
    },
    finish(): Promise<IndexResult> {
      const message: IndexMessage = { type: 'finish' };
      worker.postMessage(message);
      return answer;
    },
  };
}

/** Waits (up to 30 s) for a file to appear. */
async function appears(file: string): Promise<boolean> {
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (existsSync(file)) return true;
    await sleep(50);
  }
  return false;
}

describe('the search-index thread', () => {
  it('writes the index once the last expected page has come and the build allows it, before Astro is done', async () => {
    const thread = indexThread(['documents/a/index.html', 'documents/b/index.html']);
    thread.allow();
    thread.send('documents/b/index.html');
    thread.send('documents/a/index.html');
    expect(await appears(thread.entry)).toBe(true);
    expect(await thread.finish()).toEqual({ pages: 2, passages: 0 });
  }, 60_000);

  it('waits for the build to allow it, however long after the last page', async () => {
    const thread = indexThread(['documents/a/index.html']);
    thread.send('documents/a/index.html');
    await sleep(1000);
    expect(existsSync(thread.entry)).toBe(false);
    thread.allow();
    expect(await appears(thread.entry)).toBe(true);
    expect(await thread.finish()).toEqual({ pages: 1, passages: 0 });
  }, 60_000);

  it('writes the index when told that Astro is done, if an expected page never came', async () => {
    const thread = indexThread(['documents/a/index.html', 'documents/b/index.html']);
    thread.send('documents/a/index.html');
    expect(await thread.finish()).toEqual({ pages: 1, passages: 0 });
    expect(existsSync(thread.entry)).toBe(true);
  }, 60_000);

  it('fails the build when a page for the index comes after the index was written', async () => {
    const thread = indexThread(['documents/a/index.html']);
    thread.send('documents/a/index.html');
    thread.allow();
    expect(await appears(thread.entry)).toBe(true);
    thread.send('documents/late/index.html');
    expect(await thread.finish()).toEqual({
      error: expect.stringContaining('the search index was written before documents/late/index.html came'),
    });
  }, 60_000);
});
