// Search in the browser on a built site: what the search page downloads for a
// first query and for a later, different one, and how long pagefind.search()
// takes in Chromium, cold (first query of a visit) and warm.
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { pagesIndexDir } from '../../src/lib/search/indexes.ts';
import { dirname } from 'node:path';
import { startPreview } from '../preview-server.ts';

export interface SearchFigures {
  firstQuery: string;
  laterQuery: string;
  /** Bytes of Pagefind files fetched by the search page for the first query (script, wasm, metadata, index chunks, result fragments). */
  firstBytes: number;
  firstRequests: number;
  /** The same over the network: response bodies as sent (the script gzipped by the server; Pagefind's own files are gzipped already). */
  firstTransferred: number;
  /** What the first query's transferred bytes were for: Pagefind's script and wasm, the indexes' metadata, word index chunks, filter chunks, result fragments. */
  firstByKind: Record<FetchKind, number>;
  /** Bytes fetched for the later query on the same page. */
  laterBytes: number;
  laterRequests: number;
  firstResults: number;
  /** Milliseconds around pagefind.search() for the first query of a visit (loads wasm and metadata). */
  coldMs: number;
  /** Median milliseconds around pagefind.search() for later, different queries. */
  warmMs: number;
}

async function waitForResults(page: Page, query: string) {
  await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`for ${q}`), query, {
    timeout: 60_000,
  });
}

export type FetchKind = 'code' | 'metadata' | 'words' | 'filters' | 'results';
/** What a Pagefind file is for, from its name. */
function kindOf(path: string): FetchKind {
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.endsWith('.pf_index')) return 'words';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.endsWith('.pf_fragment')) return 'results';
  return 'code';
}

export async function searchBench(dist: string, queries: string[]): Promise<SearchFigures> {
  const [firstQuery, laterQuery, ...more] = queries as [string, string, ...string[]];
  // The project whose dist/ this is: Astro's preview reads its config.
  const server = await startPreview({ root: dirname(dist) });
  const browser = await launchBrowser();
  try {
    // Bytes: the real search page, as a visitor uses it.
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    let requests = 0;
    let transferred = 0;
    const byKind: Record<FetchKind, number> = { code: 0, metadata: 0, words: 0, filters: 0, results: 0 };
    const pending: Promise<void>[] = [];
    const count = (response: Response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith(`/${pagesIndexDir}/`)) return;
      requests++;
      pending.push(
        response.body().then(
          (body) => void (bytes += body.length),
          () => undefined,
        ),
        response
          .request()
          .sizes()
          .then(
            ({ responseBodySize }) => {
              transferred += responseBodySize;
              byKind[kindOf(path)] += responseBodySize;
            },
            () => undefined,
          ),
      );
    };
    context.on('response', count);
    await page.goto(`${server.url}search/?q=${encodeURIComponent(firstQuery)}`);
    await waitForResults(page, firstQuery);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const firstBytes = bytes;
    const firstRequests = requests;
    const firstTransferred = transferred;
    const firstByKind = { ...byKind };
    const firstResults = Number(/(\d+) result/.exec((await page.textContent('[data-search-status]')) ?? '')?.[1] ?? 0);
    await page.fill('[data-search-input]', laterQuery);
    await page.press('[data-search-input]', 'Enter');
    await waitForResults(page, laterQuery);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const laterBytes = bytes - firstBytes;
    const laterRequests = requests - firstRequests;
    await context.close();

    // Latency: a fresh visit to a page without scripts, then pagefind.search() timed in the page.
    const fresh = await browser.newContext();
    const timing = await fresh.newPage();
    await timing.goto(server.url);
    const times = await timing.evaluate(
      async ([pages, ...qs]) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/${pages}/pagefind.js`);
        await pagefind.options({ baseUrl: '/' });
        const out: number[] = [];
        for (const q of qs) {
          const t = performance.now();
          await pagefind.search(q);
          out.push(performance.now() - t);
        }
        return out;
      },
      [pagesIndexDir, firstQuery, laterQuery, ...more],
    );
    await fresh.close();
    const warm = times.slice(1).sort((a, b) => a - b);
    return {
      firstQuery,
      laterQuery,
      firstBytes,
      firstRequests,
      firstTransferred,
      firstByKind,
      laterBytes,
      laterRequests,
      firstResults,
      coldMs: times[0]!,
      warmMs: warm[Math.floor((warm.length - 1) / 2)]!,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
