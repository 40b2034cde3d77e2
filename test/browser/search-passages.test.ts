// Search for a passage as a student would: who said "live oil pipelines", how,
// and how to cite it. Results say how each passage is given, phrases find
// passages first, and words in no page find nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pathBelowBase, startSite, type Site } from '../helpers/site-server.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function search(
  query: string,
): Promise<{ page: Page; status: string; results: { label: string; title: string; href: string }[]; close(): Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url(`search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(
    () => /results? for|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    null,
    { timeout: 10_000 },
  );
  const results = await page.$$eval('[data-search-results] > li', (items) =>
    items.map((li) => ({
      label: li.querySelector('.result__type')?.textContent ?? '',
      title: li.querySelector('a.result__link')?.textContent ?? '',
      href: (li.querySelector('a.result__link') as HTMLAnchorElement).href,
    })),
  );
  return { page, status: (await page.textContent('[data-search-status]')) ?? '', results, close: () => context.close() };
}

test('"live oil pipelines": the first result is Antonov’s passage, labelled a paraphrase, and one click reaches its dated citation', async () => {
  const { page, results, close } = await search('"live oil pipelines"');
  try {
    const first = results[0]!;
    expect(first.label).toMatch(/^Paraphrase · Anatoly Antonov/);
    expect(pathBelowBase(first.href)).toMatch(/^quotes\/[^/]+\/[^/]+\/$/);
    // Quotation marks only around the words the document quotes: the paraphrase is not wrapped in them.
    expect(first.title).toMatch(/^this oil /);
    expect(first.title).toMatch(/["“]live oil pipelines,["”]/);
    await Promise.all([page.waitForURL((url) => url.pathname.includes('/quotes/')), page.click('a.result__link')]);
    const apa = await page.textContent('.cite__styles dd');
    expect(apa).toMatch(/\(2015, December 3\)|\(n\.d\.\)/);
    if (pathBelowBase(first.href).startsWith('quotes/russia-presents-proof-turkey-role/')) expect(apa).toContain('(2015, December 3)');
    expect(apa).toContain(`/${pathBelowBase(first.href)}`);
  } finally {
    await close();
  }
});

test('a passage labelled as a direct quotation stands in quotation marks', async () => {
  const { results, close } = await search('"flatly reject"');
  try {
    const passage = results.find((r) => r.label.startsWith('Direct quotation'))!;
    expect(passage.label).toMatch(/^Direct quotation · Steve Warren/);
    expect(passage.title).toMatch(/^“.*”$/);
  } finally {
    await close();
  }
});

test.each(['Mosulawi', 'Erdoganistan', 'oi'])(
  '%s, in no page of the corpus, returns no results rather than pages that share its first letters',
  async (word) => {
    const { results, status, close } = await search(word);
    try {
      expect(results).toEqual([]);
      expect(status).toContain('No results');
    } finally {
      await close();
    }
  },
);

test('a prefix of four letters or more still finds the word it begins', async () => {
  const { results, close } = await search('Mosu');
  try {
    expect(results.map((r) => pathBelowBase(r.href))).toContain('entities/mosul/');
  } finally {
    await close();
  }
});
