// Search as a student uses it: filters by speaker, names in any spelling,
// quote results that land on the passage, the keyboard, a shareable URL.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentCorpus } from '../helpers/dist-pages.ts';
import { pathBelowBase, startSite, type Site } from '../helpers/site-server.ts';

const corpus = contentCorpus();
const nameOf = (id: string) => corpus.entities.find((e) => e.id === id)!.name;
const quotesBy = (speaker: string) =>
  corpus.documents.flatMap((d) =>
    d.annotations.filter((a) => a.type === 'quote' && a.speaker === speaker).map((a) => `quotes/${d.slug}/${a.anchor}/`),
  );

/** A result link as a path below the base, with its fragment. */
const belowBase = (href: string) => pathBelowBase(href) + new URL(href).hash;

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function search(params: string): Promise<{ page: Page; hrefs: string[]; close(): Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url(`search/?${params}`));
  await page.waitForFunction(
    () => /results? (for|with)|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    null,
    { timeout: 10_000 },
  );
  const hrefs = await page.$$eval('a.result__link', (links) => links.map((a) => (a as HTMLAnchorElement).href));
  return { page, hrefs: hrefs.map(belowBase), close: () => context.close() };
}

describe('filters', () => {
  test('filtering by a speaker returns exactly that speaker’s quotes', async () => {
    const speaker = 'sergey-rudskoy';
    const expected = quotesBy(speaker);
    expect(expected.length).toBeGreaterThan(1);
    const { page, close } = await search(`type=quote&speaker=${encodeURIComponent(nameOf(speaker))}`);
    try {
      const hrefs = (await page.$$eval('a.result__link', (links) => links.map((a) => (a as HTMLAnchorElement).href))).map(belowBase);
      expect(hrefs.sort()).toEqual(expected.sort());
      const labels = await page.$$eval('.result__type', (els) => els.map((e) => e.textContent ?? ''));
      expect(labels.every((t) => / · Sergey Rudskoy(, via |$)/.test(t))).toBe(true);
    } finally {
      await close();
    }
  });

  test('choosing a filter runs the search again and writes it into the URL', async () => {
    const { page, close } = await search('q=oil');
    try {
      // A reader clicks the filter, which loads its values.
      await page.click('[data-filter="type"]');
      await page.selectOption('[data-filter="type"]', 'entity');
      await page.waitForURL((url) => url.searchParams.get('type') === 'entity' && url.searchParams.get('q') === 'oil');
      await page.waitForFunction(() => [...document.querySelectorAll('.result__type')].every((t) => t.textContent === 'Entity'));
      const types = await page.$$eval('.result__type', (els) => els.map((e) => e.textContent));
      expect(types.length).toBeGreaterThan(0);
    } finally {
      await close();
    }
  });
});

describe('names in any spelling', () => {
  test('the canonical spelling finds the document that misspells it', async () => {
    const misspelling = corpus.documents.find((d) => d.text.includes('Erdogon'))!;
    const { hrefs, close } = await search(`q=${encodeURIComponent('Erdoğan')}`);
    try {
      expect(misspelling.text).not.toContain('Erdoğan');
      expect(hrefs.map((h) => h.replace(/#.*/, ''))).toContain(`documents/${misspelling.slug}/`);
    } finally {
      await close();
    }
  });

  test('a variant spelling finds the entity', async () => {
    const { hrefs, close } = await search('q=Erdogon');
    try {
      expect(hrefs.map((h) => h.replace(/#.*/, ''))).toContain('entities/recep-tayyip-erdogan/');
    } finally {
      await close();
    }
  });
});

test('a quote result lands on the passage’s page, whose link to the document lands on the passage, scrolled into view and highlighted', async () => {
  const { page, close } = await search(`q=${encodeURIComponent('"flatly reject"')}&type=quote`);
  try {
    await page.click('a.result__link');
    await page.waitForURL((url) => /\/quotes\/[^/]+\/[^/]+\/$/.test(url.pathname));
    expect(await page.textContent('.passage-page__words')).toContain('flatly reject');
    await page.click('.passage-page__back a');
    await page.waitForURL((url) => url.hash.length > 1);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const state = await page.evaluate((id) => {
      const target = document.getElementById(id)!;
      const text = target.querySelector(':scope > .anno__text')!;
      const box = text.getBoundingClientRect();
      return {
        targeted: target.matches(':target'),
        inView: box.top >= 0 && box.bottom <= innerHeight,
        background: getComputedStyle(text).backgroundColor,
      };
    }, anchor);
    expect(state.targeted).toBe(true);
    expect(state.inView).toBe(true);
    expect(state.background).not.toBe('rgba(0, 0, 0, 0)');
  } finally {
    await close();
  }
});

test('the keyboard moves from the box through the results, and Enter opens one', async () => {
  const { page, close } = await search('q=Warren');
  try {
    await page.focus('[data-search-input]');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBeTruthy();
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/search/')), page.keyboard.press('Enter')]);
  } finally {
    await close();
  }
});

test('the number of results is announced to screen readers', async () => {
  const { page, close } = await search('q=Rudskoy');
  try {
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^\d+ results? for Rudskoy/);
  } finally {
    await close();
  }
});
