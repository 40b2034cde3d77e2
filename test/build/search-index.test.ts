// The Pagefind index built after the site: it exists,
// covers every content page, and holds every annotated passage as a phrase.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCorpus, distDir, documentFile, htmlPages, page } from '../helpers/dist-pages.ts';
import { pagesIndexDir, quotesIndexDir } from '../../src/lib/search/indexes.ts';
import { readFragments, type Fragment } from '../helpers/pagefind-fragments.ts';

// Two indexes, merged by the search page: the pages, and one record per quote.
const pagefindDir = join(distDir, pagesIndexDir);
const quotesDir = join(distDir, quotesIndexDir);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

let cached: Fragment[] | undefined;
const fragments = (): Fragment[] => (cached ??= [...readFragments(pagefindDir), ...readFragments(quotesDir)]);
const pageCount = (dir: string) => {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  return Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
};

const indexed = htmlPages().filter((file) => page(file).querySelector('[data-pagefind-body]'));
const documents = contentCorpus().documents;

test('dist/pagefind holds the Pagefind script, its entry file, index chunks and fragments', () => {
  for (const file of ['pagefind.js', 'pagefind-entry.json']) expect(existsSync(join(pagefindDir, file))).toBe(true);
  expect(readdirSync(join(pagefindDir, 'index')).length).toBeGreaterThan(0);
  expect(readdirSync(join(pagefindDir, 'fragment')).length).toBeGreaterThan(0);
});

test('dist/pagefind-quotes holds an index of its own, without a second copy of the script', () => {
  expect(existsSync(join(quotesDir, 'pagefind-entry.json'))).toBe(true);
  expect(readdirSync(join(quotesDir, 'index')).length).toBeGreaterThan(0);
  expect(readdirSync(join(quotesDir, 'fragment')).length).toBeGreaterThan(0);
  expect(readdirSync(quotesDir).filter((f) => /\.(js|css)$|^wasm\./.test(f))).toEqual([]);
});

test('the pages index holds exactly the pages marked data-pagefind-body, the quotes index one record per quote', () => {
  const quotes = documents.reduce((n, d) => n + d.annotations.filter((a) => a.type === 'quote').length, 0);
  expect(quotes).toBeGreaterThan(0);
  expect(pageCount(pagefindDir)).toBe(indexed.length);
  expect(readFragments(pagefindDir).length).toBe(indexed.length);
  expect(pageCount(quotesDir)).toBe(quotes);
  expect(readFragments(quotesDir).map((f) => f.filters.type)).toEqual(Array.from({ length: quotes }, () => ['quote']));
});

test('the search page is not indexed as content', () => {
  expect(page('search/index.html').querySelector('[data-pagefind-body]')).toBeNull();
});

describe.each(documents.map((d) => [d.slug, d] as const))('document %s', (slug, document) => {
  test('its page carries data-pagefind-body', () => {
    expect(page(documentFile(slug)).querySelectorAll('[data-pagefind-body]').length).toBe(1);
  });

  test('its markers and notes are kept out of the search text', () => {
    const doc = page(documentFile(slug));
    const unmarked = [...doc.querySelectorAll('.anno__num, .anno__toggle, .note')].filter((el) => !el.closest('[data-pagefind-ignore]'));
    expect(unmarked.map((el) => el.id || el.className)).toEqual([]);
  });

  test('the index holds its page, and every annotated passage in it as one phrase', () => {
    // Pagefind records URLs from dist/ itself; the search page adds the base at run time.
    const record = fragments().find((f) => f.url === `/documents/${slug}/`);
    expect(record).toBeDefined();
    const content = collapse(record!.content);
    const missing = document.annotations.filter((a) => !content.includes(collapse(a.exact))).map((a) => `${a.anchor}: ${a.exact}`);
    expect(missing).toEqual([]);
  });
});
