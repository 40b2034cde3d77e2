// axe-core with the WCAG 2.2 AA tags on every page type, in the light and the
// dark theme, at 1280 and 375 px.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentCorpus } from '../helpers/dist-pages.ts';
import { startSite, type Site } from '../helpers/site-server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const corpus = contentCorpus();
const claim = corpus.claims.find((c) => corpus.documents.some((d) => d.annotations.some((a) => 'claim' in a && a.claim === c.id)))!;
const PAGES: Record<string, string> = {
  home: '',
  // Every document: each has its own notes, Voices panel and popovers.
  ...Object.fromEntries(corpus.documents.map((d) => [`document ${d.slug}`, `documents/${d.slug}/`])),
  entity: 'entities/sergey-rudskoy/',
  claim: `claims/${claim.id}/`,
  quotes: 'quotes/',
  passage: 'quotes/russia-presents-proof-turkey-role/live-pipelines/',
  'speaker list': 'quotes/by/sergey-rudskoy/',
  entities: 'entities/',
  claims: 'claims/',
  search: 'search/?q=Rudskoy',
  data: 'data/',
  story: 'story/',
  timeline: 'timeline/',
  'not found': 'no-such-page/',
};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>,
  // which the site's Content-Security-Policy would (rightly) block.
  await page.evaluate(`${axeSource}\n;undefined`);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }));
  }, TAGS);
}

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const VIEWS = [1280, 375].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));

describe.each(VIEWS)('at $width px in the $colorScheme theme', ({ width, colorScheme }) => {
  test.each(Object.entries(PAGES))('the %s page has no WCAG 2.2 AA violations', async (_name, path) => {
    const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    try {
      const page = await context.newPage();
      await page.goto(site.url(path), { waitUntil: 'networkidle' });
      const found = await violations(page);
      const summary = found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
      expect(summary).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test('the two themes differ, so both runs check something', async () => {
  const background = async (colorScheme: 'light' | 'dark') => {
    const context = await site.browser.newContext({ colorScheme });
    try {
      const page = await context.newPage();
      await page.goto(site.url(''));
      return await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    } finally {
      await context.close();
    }
  };
  expect(await background('dark')).not.toBe(await background('light'));
});

test('axe finds a violation on a page that has one', async () => {
  // Guards the harness: axe must be loaded and running with these tags.
  const page = await site.browser.newPage();
  try {
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><img src="x.png"><p style="color:#777;background:#888">low contrast</p></main></html>',
    );
    const ids = (await violations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  } finally {
    await page.close();
  }
});
