// The Pagefind index built after the site: it exists,
// covers every content page, and holds every annotated passage as a phrase.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCorpus, distDir, documentFile, htmlPages, page } from '../helpers/dist-pages.ts';
import { indexedPageFiles, pagesIndexDir } from '../../src/lib/search/indexes.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import type { PassageFacts } from '../../src/lib/search/records.ts';
import { readFragments, type Fragment } from '../helpers/pagefind-fragments.ts';

// One index, of the pages; a document page's quoted passages are titled anchors of its record.
const pagefindDir = join(distDir, pagesIndexDir);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

let cached: Fragment[] | undefined;
const fragments = (): Fragment[] => (cached ??= readFragments(pagefindDir));
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

test('there is one index: no second index of quotes beside it', () => {
  expect(readdirSync(distDir).filter((name) => name.startsWith('pagefind'))).toEqual([pagesIndexDir]);
});

test('the index holds exactly the pages marked data-pagefind-body, with no record of their own for passages', () => {
  expect(pageCount(pagefindDir)).toBe(indexed.length);
  expect(readFragments(pagefindDir).length).toBe(indexed.length);
  expect(fragments().filter((f) => f.url.startsWith('/quotes/'))).toEqual([]);
});

test('the index thread expects exactly these pages, so it indexes each as it comes, not all after the last', () => {
  expect(indexedPageFiles(buildGraph(contentCorpus()))).toEqual([...indexed].sort());
});

test('the search page is not indexed as content', () => {
  expect(page('search/index.html').querySelector('[data-pagefind-body]')).toBeNull();
});

test('the search page has one search box, its own (the header box of other pages would only search on Enter)', () => {
  expect(page('search/index.html').querySelectorAll('input[type="search"]').length).toBe(1);
  expect(page('search/index.html').querySelector('#search-q')).not.toBeNull();
  expect(page('index.html').querySelector('.site-search #site-search-q')).not.toBeNull();
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

  test('its record holds every quoted passage as an anchor titled with the passage’s facts, its text the quoted words', () => {
    const record = fragments().find((f) => f.url === `/documents/${slug}/`)!;
    const titled = record.anchors.filter((a) => a.title);
    const quotes = document.annotations.filter((a) => a.type === 'quote');
    expect(titled.map((a) => a.id).sort()).toEqual(quotes.map((q) => q.anchor).sort());
    for (const anchor of titled) {
      const quote = quotes.find((q) => q.anchor === anchor.id)!;
      const facts = JSON.parse(anchor.title!) as PassageFacts;
      expect(facts.url).toBe(`/quotes/${slug}/${quote.anchor}/`);
      expect(facts.label).toMatch(/^(Direct quotation|Paraphrase|Paraphrase with quoted words|Unattributed|[A-Z][a-z ]+) · /);
      expect(collapse(anchor.text)).toBe(collapse(quote.exact));
      // Its position in the page's text is where the quoted words are.
      expect(collapse(record.content).split(' ')[anchor.location]).toBe(collapse(quote.exact).split(' ')[0]);
    }
    expect(record.filters.type).toEqual(quotes.length > 0 ? ['document', 'quote'] : ['document']);
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
