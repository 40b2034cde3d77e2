// A page per passage (/quotes/<slug>/<anchor>/): every quote in content/ has
// one, it carries the words as printed, links back to the passage in its
// document and cites the passage's permalink; every link to a passage page,
// from any page of the site, resolves (counted).
import { describe, expect, test } from 'vitest';
import type { QuoteAnnotation } from '../../src/lib/corpus/types.ts';
import {
  contentCorpus,
  fileForPath,
  htmlPages,
  idsIn,
  internalTarget,
  page,
  readDist,
  siteOrigin,
  sitePath,
} from '../helpers/dist-pages.ts';

const corpus = contentCorpus();
const quotes = corpus.documents.flatMap((d) =>
  d.annotations.filter((a): a is QuoteAnnotation => a.type === 'quote').map((q) => ({ slug: d.slug, q })),
);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const passageFile = (slug: string, anchor: string) => `quotes/${slug}/${anchor}/index.html`;
const isPassagePath = (pathname: string) => new RegExp(`^${sitePath('quotes/')}(?!by/)[^/]+/[^/]+/$`).test(pathname);

test('the corpus has quotes to check', () => {
  expect(quotes.length).toBeGreaterThan(0);
});

describe.each(quotes.map(({ slug, q }) => [`${slug}#${q.anchor}`, slug, q] as const))('%s', (_key, slug, q) => {
  const file = passageFile(slug, q.anchor);

  test('has its page, with the words exactly as printed', () => {
    expect(htmlPages()).toContain(file);
    expect(collapse(page(file).querySelector('.passage-page__words')!.textContent ?? '')).toBe(collapse(q.exact));
  });

  test('links back to the passage’s anchor in its document', () => {
    const links = [...page(file).querySelectorAll('main a[href]')]
      .map((a) => internalTarget(a.getAttribute('href')!, file))
      .filter((u) => u?.hash === `#${q.anchor}`);
    expect(links.some((u) => u!.pathname === sitePath(`documents/${slug}/`))).toBe(true);
    expect(idsIn(`documents/${slug}/index.html`).has(q.anchor)).toBe(true);
  });

  test('its margin note in the document links to its page', () => {
    const note = page(`documents/${slug}/index.html`).querySelector(`#note-${q.anchor}`)!;
    const href = note.querySelector('.note__label a')?.getAttribute('href');
    expect(href && internalTarget(href, `documents/${slug}/index.html`)?.pathname).toBe(sitePath(`quotes/${slug}/${q.anchor}/`));
  });

  test('cites the passage’s own permalink, visible without opening anything', () => {
    const cite = page(file).querySelector('details.cite')!;
    expect(cite.hasAttribute('open')).toBe(true);
    const permalink = new URL(sitePath(`quotes/${slug}/${q.anchor}/`), siteOrigin).href;
    expect(cite.querySelector('.cite__permalink a')!.getAttribute('href')).toBe(permalink);
    expect(collapse(cite.querySelector('.cite__styles dd')!.textContent ?? '')).toContain(permalink);
  });
});

test('a dated document’s passage cites the document’s date in APA, not (n.d.)', () => {
  const apa = page(passageFile('russia-presents-proof-turkey-role', 'live-pipelines')).querySelector('.cite__styles dd')!.textContent ?? '';
  expect(apa).toContain('(2015, December 3)');
});

test('a paraphrase says so, and puts quotation marks only around the words it quotes', () => {
  const doc = page(passageFile('russia-presents-proof-turkey-role', 'live-pipelines'));
  expect(doc.querySelector('.document__kind')!.textContent).toContain('Paraphrase');
  expect(collapse(doc.querySelector('.passage-page__how')!.textContent ?? '')).toContain(
    'quoting only “in large quantities” and “live oil pipelines”',
  );
  const words = collapse(doc.querySelector('.passage-page__words')!.textContent ?? '');
  expect(words.startsWith('this oil')).toBe(true);
});

test('every link to a passage page, from any page, resolves to a page with that passage', () => {
  let links = 0;
  const broken: string[] = [];
  const linkedFrom = new Set<string>();
  for (const file of htmlPages()) {
    for (const a of page(file).querySelectorAll('a[href]')) {
      const url = internalTarget(a.getAttribute('href')!, file);
      if (!url || !isPassagePath(url.pathname)) continue;
      links++;
      const target = fileForPath(url.pathname);
      if (!target) broken.push(`${file}: ${a.getAttribute('href')}`);
      else linkedFrom.add(file.split('/')[0]!);
    }
  }
  expect(broken).toEqual([]);
  expect(links).toBeGreaterThan(quotes.length);
  // The quotes index, entity pages, claim pages and the documents' margin notes link to passage pages.
  expect([...linkedFrom].sort()).toEqual(expect.arrayContaining(['claims', 'documents', 'entities', 'quotes']));
});

test('no page of the quotes index or of a passage passes 200 KB of HTML', () => {
  const quotesPages = htmlPages().filter((p) => p.startsWith('quotes/'));
  expect(quotesPages.length).toBeGreaterThan(quotes.length);
  const large = quotesPages.map((p) => [p, readDist(p).length] as const).filter(([, size]) => size > 200 * 1024);
  expect(large).toEqual([]);
});
