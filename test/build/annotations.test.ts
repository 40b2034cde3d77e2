// Every annotation in content/ reaches its document page and its export,
// with the same anchors, kinds and counts,
// and export selectors that point at the page's rendered text.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Annotation, AnalysedDocument } from '../../src/lib/corpus/types.ts';
import { validateAnnotationCollection } from '../helpers/web-annotation.ts';
import {
  contentCorpus,
  distDir,
  documentFile,
  fileForPath,
  idsIn,
  internalTarget,
  page,
  readDist,
  renderedText,
  sitePath,
} from '../helpers/dist-pages.ts';

const corpus = contentCorpus();
const documents = corpus.documents;
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The kind a reader sees on an annotation's note (the note kinds of the README's components table). */
function expectedKind(a: Annotation): string {
  if (a.type === 'mention') return 'mention';
  if (a.type === 'note') return a.kind;
  if (a.stance === 'disputes') return 'dispute';
  return a.type === 'quote' ? 'attribution' : 'claim';
}

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
  value?: string;
  refinedBy?: Selector;
}
interface ExportItem {
  id: string;
  target: { source: string; selector: Selector[] };
}
const exportOf = (slug: string) => JSON.parse(readDist(`annotations/${slug}.jsonld`)) as { total: number; first: { items: ExportItem[] } };
const selector = (item: ExportItem, type: string) => item.target.selector.find((s) => s.type === type)!;

/** Text of an element without the markers and notes nested in it. */
function ownText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const ignored of [...clone.querySelectorAll('[data-pagefind-ignore]')]) ignored.remove();
  return collapse(clone.textContent ?? '');
}

test('the content has documents with annotations to check', () => {
  expect(documents.length).toBeGreaterThan(0);
  expect(documents.every((d) => d.annotations.length > 0)).toBe(true);
});

describe.each(documents.map((d) => [d.slug, d] as [string, AnalysedDocument]))('document %s', (slug, document) => {
  let html: Document;
  let textRoot: Element;
  beforeAll(() => {
    // A missing page fails every test below with this message.
    html = page(documentFile(slug));
    textRoot = html.querySelector('[data-doc-text]')!;
  });

  test('has a page with a text container', () => {
    expect(existsSync(join(distDir, documentFile(slug)))).toBe(true);
    expect(textRoot).not.toBeNull();
  });

  test('every annotation has an element with its anchor as id, of its kind, around its exact words', () => {
    const problems: string[] = [];
    for (const a of document.annotations) {
      const el = textRoot.querySelector(`[id="${a.anchor}"]`);
      if (!el) {
        problems.push(`${a.anchor}: no element`);
        continue;
      }
      if (a.type === 'mention') {
        // Quiet text: the first mention of an entity is a link, later ones plain words.
        const first = document.annotations.find((m) => m.type === 'mention' && m.entity === a.entity) === a;
        if (!el.classList.contains('mention') || el.tagName !== (first ? 'A' : 'SPAN'))
          problems.push(`${a.anchor}: not a ${first ? 'a' : 'span'}.mention`);
        if (ownText(el) !== a.exact) problems.push(`${a.anchor}: text "${ownText(el)}" is not "${a.exact}"`);
        continue;
      }
      const kind = expectedKind(a);
      if (!el.classList.contains('anno') || !el.classList.contains(`anno--${kind}`))
        problems.push(`${a.anchor}: class "${el.className}" lacks anno anno--${kind}`);
      if (el.getAttribute('data-kind') !== kind) problems.push(`${a.anchor}: data-kind ${el.getAttribute('data-kind')} is not ${kind}`);
      const words = el.querySelector(':scope > .anno__text');
      if (!words || ownText(words) !== a.exact)
        problems.push(`${a.anchor}: annotated words "${words && ownText(words)}" are not "${a.exact}"`);
      // The note follows the paragraph, outside its text.
      const note = el.closest('.para')?.querySelector(`:scope > .notes > [id="note-${a.anchor}"]`);
      if (note?.getAttribute('role') !== 'note') problems.push(`${a.anchor}: no role=note element #note-${a.anchor} after its paragraph`);
    }
    expect(problems).toEqual([]);
  });

  test('the page has exactly as many annotated elements as the document has annotations', () => {
    const rendered = [...textRoot.querySelectorAll('.anno[id], .mention[id]')].map((el) => el.id);
    expect(rendered.length).toBe(document.annotations.length);
    expect(new Set(rendered)).toEqual(new Set(document.annotations.map((a) => a.anchor)));
    const notes = document.annotations.filter((a) => a.type !== 'mention').length;
    expect(textRoot.querySelectorAll('.anno').length).toBe(notes);
    expect(textRoot.querySelectorAll('[role="note"]').length).toBe(notes);
  });

  test('every annotation sits inside a paragraph, heading, list item, table cell or pre element', () => {
    const outside = document.annotations
      .filter((a) => !textRoot.querySelector(`[id="${a.anchor}"]`)?.closest('p, h1, h2, h3, h4, h5, h6, li, td, th, pre'))
      .map((a) => a.anchor);
    expect(outside).toEqual([]);
  });

  test("the page's rendered text equals the analyser's text", () => {
    expect(renderedText(html)).toBe(document.text);
  });

  test('the export has exactly one item per annotation, with matching ids', () => {
    const collection = exportOf(slug);
    const anchors = document.annotations.map((a) => a.anchor);
    expect(collection.total).toBe(anchors.length);
    expect(collection.first.items.length).toBe(anchors.length);
    expect(collection.first.items.map((i) => i.id.slice(i.id.indexOf('#') + 1))).toEqual(anchors);
    for (const item of collection.first.items) {
      expect(new URL(item.id).pathname).toBe(sitePath(`annotations/${slug}.jsonld`));
      expect(new URL(item.target.source).pathname).toBe(sitePath(`documents/${slug}/`));
    }
  });

  test('the export passes the Web Annotation schema', () => {
    expect(validateAnnotationCollection(readDist(`annotations/${slug}.jsonld`))).toEqual([]);
  });

  test("every exported exact text occurs verbatim in the page's rendered text", () => {
    const text = renderedText(html);
    const missing = exportOf(slug).first.items.filter((i) => !text.includes(selector(i, 'TextQuoteSelector').exact!));
    expect(missing.map((i) => `${i.id}: ${selector(i, 'TextQuoteSelector').exact}`)).toEqual([]);
  });

  test("every exported quote's prefix and suffix, and every position in its paragraph, match the page's text", () => {
    // What a client's TreeWalker reads: the text container's text, notes included.
    const text = textRoot.textContent ?? '';
    const problems: string[] = [];
    for (const item of exportOf(slug).first.items) {
      const { exact, prefix, suffix } = selector(item, 'TextQuoteSelector');
      const context = `${prefix}${exact}${suffix}`;
      const at = text.indexOf(context);
      if (at < 0 || text.indexOf(context, at + 1) >= 0)
        problems.push(`${item.id}: prefix, exact and suffix occur ${at < 0 ? 'nowhere' : 'more than once'} in the text`);
      const scoped = selector(item, 'CssSelector');
      const paragraph = textRoot.querySelector(scoped.value!);
      const { start, end } = scoped.refinedBy!;
      const words = paragraph?.textContent?.slice(start, end);
      if (paragraph?.tagName !== 'P') problems.push(`${item.id}: ${scoped.value} is not a paragraph of the text`);
      else if (words !== exact)
        problems.push(`${item.id}: [${start}, ${end}) of ${scoped.value} is ${JSON.stringify(words)}, not ${JSON.stringify(exact)}`);
    }
    expect(problems.length > 12 ? [...problems.slice(0, 12), `… and ${problems.length - 12} more`] : problems).toEqual([]);
  });

  test('the first mention of each entity links to its page; later ones name it in data-entity', () => {
    const problems: string[] = [];
    for (const a of document.annotations) {
      if (a.type !== 'mention') continue;
      const el = textRoot.querySelector(`[id="${a.anchor}"]`);
      if (el?.tagName === 'SPAN') {
        if (el.getAttribute('data-entity') !== a.entity) problems.push(`${a.anchor} names ${el.getAttribute('data-entity')}`);
        continue;
      }
      const href = el?.getAttribute('href') ?? '';
      const target = internalTarget(href, documentFile(slug));
      if (target?.pathname !== sitePath(`entities/${a.entity}/`) || !fileForPath(target.pathname)) problems.push(`${a.anchor} → ${href}`);
    }
    expect(problems).toEqual([]);
    const linked = [...textRoot.querySelectorAll('a.mention')].map((el) => el.getAttribute('href'));
    expect(new Set(linked).size).toBe(linked.length);
  });

  test('the page links to its annotation export', () => {
    const link = html.querySelector('link[rel="alternate"][type="application/ld+json"]');
    expect(internalTarget(link?.getAttribute('href') ?? '', documentFile(slug))?.pathname).toBe(sitePath(`annotations/${slug}.jsonld`));
  });
});

test('there is one export per document and no other', () => {
  const exported = readdirSync(join(distDir, 'annotations')).sort();
  expect(exported).toEqual(documents.map((d) => `${d.slug}.jsonld`).sort());
});

/** Passage links (`/documents/<slug>/#<anchor>`) on a page, as `slug#anchor`, with any whose anchor is missing from the target. */
function passageLinks(file: string): { found: Set<string>; broken: string[] } {
  const found = new Set<string>();
  const broken: string[] = [];
  for (const link of page(file).querySelectorAll('a[href*="#"]')) {
    const url = internalTarget(link.getAttribute('href')!, file);
    const match = url && /\/documents\/([^/]+)\/$/.exec(url.pathname);
    if (!url || !match) continue;
    const anchor = decodeURIComponent(url.hash.slice(1));
    found.add(`${match[1]}#${anchor}`);
    const target = fileForPath(url.pathname);
    if (!target || !idsIn(target).has(anchor)) broken.push(link.getAttribute('href')!);
  }
  return { found, broken };
}

const located = documents.flatMap((document) => document.annotations.map((annotation) => ({ slug: document.slug, annotation })));

describe.each(corpus.entities.map((e) => [e.id] as [string]))('entity %s', (id) => {
  test('its page lists every mention and quote of it with a link to an anchor that exists', () => {
    const file = `entities/${id}/index.html`;
    expect(existsSync(join(distDir, file))).toBe(true);
    const expected = located
      .filter(({ annotation: a }) => (a.type === 'mention' && a.entity === id) || (a.type === 'quote' && a.speaker === id))
      .map(({ slug, annotation }) => `${slug}#${annotation.anchor}`);
    const { found, broken } = passageLinks(file);
    expect(expected.filter((key) => !found.has(key))).toEqual([]);
    expect(broken).toEqual([]);
  });
});

describe.each(corpus.claims.map((c) => [c.id] as [string]))('claim %s', (id) => {
  test('its page lists every appearance of the claim with a link to an anchor that exists', () => {
    const file = `claims/${id}/index.html`;
    expect(existsSync(join(distDir, file))).toBe(true);
    const expected = located
      .filter(({ annotation: a }) => (a.type === 'quote' || a.type === 'claim') && a.claim === id)
      .map(({ slug, annotation }) => `${slug}#${annotation.anchor}`);
    const { found, broken } = passageLinks(file);
    expect(expected.filter((key) => !found.has(key))).toEqual([]);
    expect(broken).toEqual([]);
  });
});
