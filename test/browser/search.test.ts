// Search in Chromium: the query in the URL runs
// on load, exact phrases find exactly the documents that contain them, result
// links land on anchors that exist, and the header form leads here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentCorpus, distDir, fileForPath, idsIn } from '../helpers/dist-pages.ts';
import { pathBelowBase, startSite, type Site } from '../helpers/site-server.ts';

const PHRASE = 'live oil pipelines';
const PHRASE_DOCUMENTS = ['russia-presents-proof-turkey-role', 'russia-reveals-details-oil-smuggling'];

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** Opens a page and records every uncaught script error on it. */
async function open(path: string): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(site.url(path));
  return { page, errors, close: () => context.close() };
}

/** Waits for the search to report, then returns the result links (absolute URLs). */
async function results(page: Page, errors: string[]): Promise<string[]> {
  try {
    await page.waitForFunction(
      () => /results? for|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
      null,
      { timeout: 10_000 },
    );
  } catch {
    throw new Error(`the search never reported results; script errors: ${JSON.stringify(errors)}`);
  }
  return page.$$eval('[data-search-results] li a.result__link', (links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/** Result links whose page, anchor, or text-fragment words do not exist in the build. */
const deadLinks = (hrefs: string[]) =>
  hrefs.filter((href) => {
    const url = new URL(href);
    const file = fileForPath(url.pathname);
    if (!file) return true;
    if (url.hash.startsWith('#:~:text='))
      return !readFileSync(join(distDir, file), 'utf8').includes(decodeURIComponent(url.hash.slice('#:~:text='.length)));
    return url.hash !== '' && !idsIn(file).has(decodeURIComponent(url.hash.slice(1)));
  });

test('a query in the URL runs on load and finds document pages', async () => {
  const { page, errors, close } = await open('search/?q=Rudskoy');
  try {
    const hrefs = await results(page, errors);
    expect(hrefs.some((href) => pathBelowBase(href).startsWith('documents/'))).toBe(true);
    expect(await page.inputValue('[data-search-input]')).toBe('Rudskoy');
    expect(deadLinks(hrefs)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test(`the phrase "${PHRASE}" occurs in exactly two documents of the content`, () => {
  const containing = contentCorpus()
    .documents.filter((d) => d.text.includes(PHRASE))
    .map((d) => d.slug);
  expect(containing.sort()).toEqual(PHRASE_DOCUMENTS);
});

test('an exact phrase in double quotes finds exactly the documents that contain it, after the passages that hold it', async () => {
  const { page, errors, close } = await open(`search/?q=${encodeURIComponent(`"${PHRASE}"`)}`);
  try {
    const hrefs = await results(page, errors);
    const paths = hrefs.map((href) => pathBelowBase(href).replace(/#.*$/, ''));
    const documents = paths.filter((p) => p.startsWith('documents/'));
    expect([...new Set(documents)].sort()).toEqual(PHRASE_DOCUMENTS.map((slug) => `documents/${slug}/`));
    const passages = paths.filter((p) => p.startsWith('quotes/'));
    expect(passages.length).toBeGreaterThan(0);
    expect(paths.slice(0, passages.length)).toEqual(passages);
    expect(deadLinks(hrefs)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await close();
  }
});

test('a word that occurs nowhere finds nothing and says so', async () => {
  const { page, errors, close } = await open('search/?q=xylophonequartz');
  try {
    expect(await results(page, errors)).toEqual([]);
    expect(await page.textContent('[data-search-status]')).toContain('No results');
  } finally {
    await close();
  }
});

test('the header search form on a document page submits to the search page, which shows results', async () => {
  const { page, errors, close } = await open(`documents/${PHRASE_DOCUMENTS[0]}/`);
  try {
    await page.fill('header [name="q"]', 'Rudskoy');
    await page.press('header [name="q"]', 'Enter');
    await page.waitForURL((url) => pathBelowBase(url.href) === 'search/' && url.searchParams.get('q') === 'Rudskoy');
    const hrefs = await results(page, errors);
    expect(hrefs.length).toBeGreaterThan(0);
  } finally {
    await close();
  }
});
