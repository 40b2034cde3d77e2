// Search in the browser on a built site: what the search page downloads for a
// first query and for a later, different one, and how long pagefind.search()
// takes in Chromium, cold (first query of a visit) and warm.
import type { Page, Response } from 'playwright-core';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { pagesIndexDir, quotesIndexDir } from '../../src/lib/search/indexes.ts';
import { dirname } from 'node:path';
import { startPreview } from '../preview-server.ts';

export interface SearchFigures {
  firstQuery: string;
  laterQuery: string;
  /** Bytes of Pagefind files fetched by the search page for the first query (script, wasm, metadata, index chunks, result fragments). */
  firstBytes: number;
  firstRequests: number;
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

const indexDirs = [pagesIndexDir, quotesIndexDir];

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
    const pending: Promise<void>[] = [];
    const count = (response: Response) => {
      // Both indexes of the site (the baseline has the first only).
      const path = new URL(response.url()).pathname;
      if (!indexDirs.some((dir) => path.startsWith(`/${dir}/`))) return;
      requests++;
      pending.push(
        response.body().then(
          (body) => void (bytes += body.length),
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
      async ([pages, quotesDir, ...qs]) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/${pages}/pagefind.js`);
        await pagefind.options({ baseUrl: '/' });
        // As the search page does, when there is a quotes' index.
        const quotes = await fetch(`${location.origin}/${quotesDir}/pagefind-entry.json`);
        if (quotes.ok) await pagefind.mergeIndex(`/${quotesDir}/`, { baseUrl: '/' });
        const out: number[] = [];
        for (const q of qs) {
          const t = performance.now();
          await pagefind.search(q);
          out.push(performance.now() - t);
        }
        return out;
      },
      [pagesIndexDir, quotesIndexDir, firstQuery, laterQuery, ...more],
    );
    await fresh.close();
    const warm = times.slice(1).sort((a, b) => a - b);
    return {
      firstQuery,
      laterQuery,
      firstBytes,
      firstRequests,
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
