// The cross-reference pages (issue #5): every mention, quote and claim
// appearance in content/ is listed on its entity, claim and quotes pages with
// a link to an anchor that exists (counted); claim pages show one wording per
// appearance with its attribution chain; source cards list what a document
// shares with others; citations validate (CSL-JSON) and parse (BibTeX).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findSharedPassages } from '../../src/lib/text/shared-passages.ts';
import type { Annotation, QuoteAnnotation } from '../../src/lib/corpus/types.ts';
import { cslErrors, parseBib } from '../helpers/citations.ts';
import {
  contentCorpus,
  distDir,
  documentFile,
  fileForPath,
  htmlPages,
  idsIn,
  internalTarget,
  page,
  siteOrigin,
  sitePath,
} from '../helpers/dist-pages.ts';

const corpus = contentCorpus();
const located = corpus.documents.flatMap((d) => d.annotations.map((a) => ({ slug: d.slug, a, key: `${d.slug}#${a.anchor}` })));
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Links on a page (optionally inside `scope`) to document passages, as `slug#anchor`, counted once each; and those whose anchor is missing. */
function passageLinks(file: string, scope = 'main'): { keys: Set<string>; broken: string[] } {
  const keys = new Set<string>();
  const broken: string[] = [];
  for (const root of page(file).querySelectorAll(scope)) {
    for (const link of root.querySelectorAll('a[href*="#"]')) {
      const url = internalTarget(link.getAttribute('href')!, file);
      const match = url && /\/documents\/([^/]+)\/$/.exec(url.pathname);
      if (!url || !match) continue;
      const anchor = decodeURIComponent(url.hash.slice(1));
      const target = fileForPath(url.pathname);
      if (!target || !idsIn(target).has(anchor)) broken.push(link.getAttribute('href')!);
      else keys.add(`${match[1]}#${anchor}`);
    }
  }
  return { keys, broken };
}

const isAppearance = (a: Annotation): a is Extract<Annotation, { claim?: string }> & { claim: string } =>
  (a.type === 'quote' || a.type === 'claim') && !!a.claim;

describe('entity pages list every mention and quote of their entity', () => {
  const expected = new Map<string, string[]>();
  for (const { a, key } of located) {
    const id = a.type === 'mention' ? a.entity : a.type === 'quote' ? a.speaker : undefined;
    if (id) expected.set(id, [...(expected.get(id) ?? []), key]);
  }

  test.each(corpus.entities.map((e) => [e.id]))('%s', (id) => {
    const want = expected.get(id) ?? [];
    const { keys, broken } = passageLinks(`entities/${id}/index.html`);
    expect(broken).toEqual([]);
    expect(want.filter((k) => !keys.has(k))).toEqual([]);
  });

  test('in all, as many passages are listed as there are mentions and attributed quotes', () => {
    const total = located.filter(({ a }) => a.type === 'mention' || (a.type === 'quote' && a.speaker)).length;
    const listed = corpus.entities.reduce((n, e) => {
      const { keys } = passageLinks(`entities/${e.id}/index.html`);
      return n + (expected.get(e.id) ?? []).filter((k) => keys.has(k)).length;
    }, 0);
    expect(total).toBeGreaterThan(0);
    expect(listed).toBe(total);
  });

  test('an entity page shows the sentence of each mention with the mentioned words marked', () => {
    const mention = located.find(({ a }) => a.type === 'mention')!;
    const a = mention.a as Extract<Annotation, { type: 'mention' }>;
    const marks = [...page(`entities/${a.entity}/index.html`).querySelectorAll('.passage mark')].map((m) => collapse(m.textContent ?? ''));
    expect(marks).toContain(collapse(a.exact));
  });

  test('aliases are shown', () => {
    const entity = corpus.entities.find((e) => e.aliases.length > 0)!;
    const text = collapse(page(`entities/${entity.id}/index.html`).querySelector('main')!.textContent ?? '');
    for (const alias of entity.aliases) expect(text).toContain(alias);
  });
});

describe('claim pages', () => {
  test.each(corpus.claims.map((c) => [c.id]))('%s lists every appearance, asserting or disputing, with a link to its anchor', (id) => {
    const want = located.filter(({ a }) => isAppearance(a) && a.claim === id).map(({ key }) => key);
    const { keys, broken } = passageLinks(`claims/${id}/index.html`);
    expect(broken).toEqual([]);
    expect(want.filter((k) => !keys.has(k))).toEqual([]);
  });

  test.each(corpus.claims.map((c) => [c.id]))(
    '%s shows one wording per asserting appearance, each with an attribution chain ending at its document',
    (id) => {
      const asserting = located.filter(({ a }) => isAppearance(a) && a.claim === id && a.stance === 'asserts');
      const items = [...page(`claims/${id}/index.html`).querySelectorAll('.concordance__item')];
      expect(items.length).toBe(asserting.length);
      for (const item of items) {
        const at = asserting.find(({ slug, a }) => item.id === `w-${slug}-${a.anchor}`);
        expect(at, item.id).toBeDefined();
        const wording = item.querySelector('.wording')!.cloneNode(true) as Element;
        for (const del of [...wording.querySelectorAll('del')]) del.remove();
        expect(collapse(wording.textContent ?? '')).toBe(collapse(at!.a.exact));
        const last = [...item.querySelectorAll('.chain > li')].at(-1)!;
        const href = last.querySelector('a')!.getAttribute('href')!;
        expect(internalTarget(href, `claims/${id}/index.html`)!.pathname).toBe(sitePath(`documents/${at!.slug}/`));
      }
    },
  );

  test('in all, as many appearances are listed as there are quotes and claim spans that carry a claim', () => {
    const appearances = located.filter(({ a }) => isAppearance(a));
    const listed = appearances.filter(({ a, key }) => isAppearance(a) && passageLinks(`claims/${a.claim}/index.html`).keys.has(key)).length;
    expect(appearances.length).toBeGreaterThan(0);
    expect(listed).toBe(appearances.length);
  });

  test('a claim that appears in three documents shows three wordings from three documents', () => {
    const byClaim = new Map<string, Set<string>>();
    for (const { slug, a } of located)
      if (isAppearance(a) && a.stance === 'asserts') byClaim.set(a.claim, (byClaim.get(a.claim) ?? new Set()).add(slug));
    const [id, docs] = [...byClaim].find(([, docs]) => docs.size >= 3)!;
    expect(docs.size).toBeGreaterThanOrEqual(3);
    const items = [...page(`claims/${id}/index.html`).querySelectorAll('.concordance__item')];
    const shown = new Set(items.map((item) => [...docs].find((slug) => item.id.startsWith(`w-${slug}-`))));
    expect(shown).toEqual(docs);
    // Later wordings are compared with the first: the first has no marked changes.
    expect(items[0]!.querySelectorAll('ins, del').length).toBe(0);
  });

  test('the ledger of responses has one entry per disputing or conditional passage, each showing its kind', () => {
    for (const claim of corpus.claims) {
      const stances = located.flatMap(({ a }) => (isAppearance(a) && a.claim === claim.id && a.stance !== 'asserts' ? [a.stance] : []));
      const entries = [...page(`claims/${claim.id}/index.html`).querySelectorAll('.ledger__entry')];
      expect(entries.map((e) => e.getAttribute('data-stance')).sort(), claim.id).toEqual(stances.sort());
      for (const e of entries)
        expect(e.querySelector('.ledger__kind')?.textContent, claim.id).toBe(
          e.getAttribute('data-stance') === 'disputes' ? 'Disputes' : 'Conditional',
        );
    }
  });

  test('a claim page says who answers it conditionally apart from who disputes it, and shows the claim’s note', () => {
    for (const claim of corpus.claims) {
      const status = collapse(page(`claims/${claim.id}/index.html`).querySelector('.facts')!.textContent!);
      const conditional = located.some(({ a }) => isAppearance(a) && a.claim === claim.id && a.stance === 'conditional');
      expect(status.includes('conditional response in'), claim.id).toBe(conditional);
      if (claim.note) expect(status, claim.id).toContain(collapse(claim.note));
    }
  });

  test('an entity page lists the claims its quotes answer conditionally apart from those it disputes', () => {
    const bySpeaker = new Map<string, Set<string>>();
    for (const { a } of located)
      if (a.type === 'quote' && a.speaker && a.claim && a.stance === 'conditional')
        bySpeaker.set(a.speaker, (bySpeaker.get(a.speaker) ?? new Set()).add(a.claim));
    expect(bySpeaker.size).toBeGreaterThan(0);
    for (const entity of corpus.entities) {
      const section = page(`entities/${entity.id}/index.html`).querySelector('section[aria-labelledby="conditional-title"]');
      const claims = [...(section?.querySelectorAll('li > a:first-child') ?? [])].map((l) =>
        l.getAttribute('href')!.split('/').filter(Boolean).pop(),
      );
      expect(claims.sort(), entity.id).toEqual([...(bySpeaker.get(entity.id) ?? [])].sort());
    }
  });

  test('an entity page shows spellings used outside the documents as such', () => {
    for (const entity of corpus.entities.filter((e) => e.outsideSpellings.length > 0)) {
      const facts = collapse(page(`entities/${entity.id}/index.html`).querySelector('main')!.textContent!);
      expect(facts, entity.id).toContain(`${entity.outsideSpellings.join(' · ')} (not in these documents)`);
    }
  });

  test('the claims index gives every claim its dispute status', () => {
    const rows = [...page('claims/index.html').querySelectorAll('.claims-table tbody tr')];
    expect(rows.length).toBe(corpus.claims.length);
    for (const row of rows) expect(row.querySelector('.status')).not.toBeNull();
  });
});

describe('the quotes index', () => {
  const quotes = located.filter(({ a }) => a.type === 'quote') as { slug: string; a: QuoteAnnotation; key: string }[];
  const speakerFiles = () => htmlPages().filter((p) => p.startsWith('quotes/by/'));
  const passagePath = (href: string, file: string) => internalTarget(href, file)?.pathname;

  test('lists each speaker once with the number of their passages, linked to their list', () => {
    const items = [...page('quotes/index.html').querySelectorAll('.speaker-index > li')];
    const counts = new Map<string, number>();
    for (const { a } of quotes) counts.set(a.speaker ?? 'no-named-source', (counts.get(a.speaker ?? 'no-named-source') ?? 0) + 1);
    expect(items.length).toBe(counts.size);
    for (const item of items) {
      const href = passagePath(item.querySelector('a')!.getAttribute('href')!, 'quotes/index.html')!;
      const id = /\/quotes\/by\/([^/]+)\/$/.exec(href)![1]!;
      expect(item.textContent).toContain(`(${counts.get(id)} passage`);
      expect(fileForPath(href)).toBe(`quotes/by/${id}/index.html`);
    }
  });

  test('the speakers’ lists name every quote once, one line each, linked to its own page', () => {
    const listed: string[] = [];
    for (const file of speakerFiles()) {
      for (const li of page(file).querySelectorAll('.passage-lines > li')) {
        const path = passagePath(li.querySelector('a')!.getAttribute('href')!, file)!;
        expect(fileForPath(path)).toBeDefined();
        listed.push(path);
      }
    }
    expect(listed.sort()).toEqual(quotes.map(({ slug, a }) => sitePath(`quotes/${slug}/${a.anchor}/`)).sort());
  });

  test('each speaker’s list holds only that speaker’s passages', () => {
    for (const { slug, a } of quotes) {
      const file = `quotes/by/${a.speaker ?? 'no-named-source'}/index.html`;
      const hrefs = [...page(file).querySelectorAll('.passage-lines > li > a:first-of-type')].map((l) =>
        passagePath(l.getAttribute('href')!, file),
      );
      expect(hrefs).toContain(sitePath(`quotes/${slug}/${a.anchor}/`));
    }
  });
});

describe('citations', () => {
  const json = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8'));
  const text = (path: string) => readFileSync(join(distDir, path), 'utf8');

  test.each(corpus.documents.map((d) => [d.slug, d] as const))(
    '%s: cite.json validates and holds the article and the annotated page',
    (slug, d) => {
      const items = json(`documents/${slug}/cite.json`);
      expect(cslErrors(items)).toEqual([]);
      expect(items.map((i: { id: string }) => i.id)).toEqual([slug, `${slug}-annotated`]);
      expect(items[0].title).toBe(d.data.title);
      expect(items[1].URL).toBe(new URL(sitePath(`documents/${slug}/`), siteOrigin).href);
    },
  );

  test.each(corpus.documents.map((d) => [d.slug]))('%s: cite.bib parses into the same two entries', (slug) => {
    expect(parseBib(text(`documents/${slug}/cite.bib`)).map((e) => e.key)).toEqual([slug, `${slug}-annotated`]);
  });

  test.each(corpus.documents.map((d) => [d.slug]))(
    '%s: the page has a cite block with APA, MLA and Chicago text, BibTeX and CSL-JSON that parse',
    (slug) => {
      const block = page(documentFile(slug)).querySelector('#cite-document')!;
      expect(block.tagName).toBe('DETAILS');
      expect([...block.querySelectorAll('.cite__styles dt')].map((dt) => dt.textContent)).toEqual([
        'APA',
        'MLA',
        'Chicago',
        'APA',
        'MLA',
        'Chicago',
      ]);
      const [bib1, json1, bib2, json2] = [...block.querySelectorAll('pre')].map((p) => p.textContent ?? '');
      expect(parseBib(`${bib1}\n${bib2}`).length).toBe(2);
      expect(cslErrors([JSON.parse(json1!), JSON.parse(json2!)])).toEqual([]);
      const files = [...block.querySelectorAll('.cite__files a')].map((a) =>
        fileForPath(internalTarget(a.getAttribute('href')!, documentFile(slug))!.pathname),
      );
      expect(files).toEqual([`documents/${slug}/cite.json`, `documents/${slug}/cite.bib`]);
    },
  );

  test('the quotes files hold one citation per quote and validate', () => {
    const quotes = located.filter(({ a }) => a.type === 'quote').length;
    const items = json('quotes/cite.json');
    expect(cslErrors(items)).toEqual([]);
    expect(items.length).toBe(quotes);
    expect(new Set(items.map((i: { id: string }) => i.id)).size).toBe(quotes);
    expect(parseBib(text('quotes/cite.bib')).length).toBe(quotes);
  });
});

describe('source cards', () => {
  test.each(corpus.documents.map((d) => [d.slug, d] as const))('%s: shows the publisher chain ending with this page', (_slug, d) => {
    const steps = [...page(documentFile(d.slug)).querySelectorAll('.source-card .chain > li')].map((li) => collapse(li.textContent ?? ''));
    expect(steps.length).toBe(d.data.originalPublisher ? 3 : 2);
    expect(steps.at(-1)).toContain('this page');
  });

  test('every shared verbatim passage of twelve or more words is listed, with a link to the other document', () => {
    const found = findSharedPassages(corpus.documents.map((d) => ({ slug: d.slug, text: d.text })));
    let total = 0;
    for (const d of corpus.documents) {
      const expected = found.get(d.slug)!;
      total += expected.length;
      const items = [...page(documentFile(d.slug)).querySelectorAll('.shared .passages > li')];
      expect(items.length, d.slug).toBe(expected.length);
      items.forEach((li, i) => {
        const href = li.querySelector('a')!.getAttribute('href')!;
        expect(internalTarget(href, documentFile(d.slug))!.pathname).toBe(sitePath(`documents/${expected[i]!.other}/`));
      });
    }
    // The corpus has republished passages (one article reuses the RT report's sentences).
    expect(total).toBeGreaterThan(0);
  });

  test('the citation files are served next to each document page', () => {
    for (const d of corpus.documents) expect(existsSync(join(distDir, `documents/${d.slug}/cite.json`))).toBe(true);
  });
});
