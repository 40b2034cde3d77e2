// The filter indexes grow with the corpus, so the search page loads them only
// once a reader turns to a filter (or a shared URL names one): a first query
// fetches none of them and still says how many results there are.
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSite, type Site } from '../helpers/site-server.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Opens the search page and records the Pagefind filter files it fetches. */
async function open(params: string): Promise<{ page: Page; filterFiles: string[]; close(): Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const filterFiles: string[] = [];
  page.on('response', (response: Response) => {
    if (/\.pf_filter$/.test(new URL(response.url()).pathname)) filterFiles.push(response.url());
  });
  await page.goto(site.url(`search/?${params}`));
  await page.waitForFunction(
    () => /results? (for|with)|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    null,
    { timeout: 10_000 },
  );
  return { page, filterFiles, close: () => context.close() };
}

const optionCount = (page: Page, key: string) => page.$eval(`[data-filter="${key}"]`, (s) => (s as HTMLSelectElement).options.length);

test('a first query fetches no filter index and says how many results there are', async () => {
  const { page, filterFiles, close } = await open('q=oil');
  try {
    await page.waitForLoadState('networkidle');
    expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ results? for oil/);
    expect(filterFiles).toEqual([]);
    // The filters are shown, holding only their "any" choice until wanted.
    expect(await page.isVisible('[data-filter="speaker"]')).toBe(true);
    expect(await optionCount(page, 'speaker')).toBe(1);
  } finally {
    await close();
  }
});

test('turning to a filter fills every filter with its values and their counts', async () => {
  const { page, filterFiles, close } = await open('q=oil');
  try {
    await page.focus('[data-filter="speaker"]');
    await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>('[data-filter="type"]')?.options.length ?? 0) > 1);
    expect(filterFiles.length).toBeGreaterThan(0);
    const types = await page.$$eval('[data-filter="type"] option', (options) => options.map((o) => o.textContent ?? ''));
    expect(types[0]).toBe('Any type');
    expect(types.slice(1).every((t) => /^(Document|Entity|Claim) \(\d+\)$|^Quote \(in \d+ documents?\)$/.test(t))).toBe(true);
    // A speaker counts the documents that quote them: passages have no record of their own.
    const speakers = await page.$$eval('[data-filter="speaker"] option', (options) => options.slice(1).map((o) => o.textContent ?? ''));
    expect(speakers.every((t) => /^.+ \(in \d+ documents?\)$/.test(t))).toBe(true);
    expect(await optionCount(page, 'speaker')).toBeGreaterThan(2);
  } finally {
    await close();
  }
});
