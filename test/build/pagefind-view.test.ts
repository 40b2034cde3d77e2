// The build sends Pagefind only the parts of a page it reads
// (src/lib/search/pagefind-view.ts). Here every built page is indexed twice with the
// real Pagefind, whole and as that view, and the two records must agree.
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pagefindView } from '../../src/lib/search/pagefind-view.ts';
import { htmlPages, readDist } from '../helpers/dist-pages.ts';
import { readFragments, type Fragment } from '../helpers/pagefind-fragments.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const pages = htmlPages()
  .map((file) => ({ file, html: readDist(file) }))
  .filter((p) => p.html.includes('data-pagefind-body'));

async function indexPages(content: (html: string) => string): Promise<Map<string, Fragment>> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const p of pages) {
    const added = await index.addHTMLFile({ sourcePath: p.file, content: content(p.html) });
    expect(added.errors).toEqual([]);
  }
  const dir = tempDir('reader-pagefind-view-');
  await index.writeFiles({ outputPath: dir });
  return new Map(readFragments(dir).map((f) => [f.url, f]));
}

let whole: Map<string, Fragment>;
let view: Map<string, Fragment>;
beforeAll(async () => {
  whole = await indexPages((html) => html);
  view = await indexPages(pagefindView);
}, 120_000);
afterAll(() => pagefind.close());

test('every indexed page of the site is cut down, none sent whole', () => {
  expect(pages.length).toBeGreaterThan(10);
  const sentWhole = pages.filter((p) => pagefindView(p.html).length >= p.html.length / 2).map((p) => p.file);
  expect(sentWhole).toEqual([]);
});

test('both indexes hold the same pages', () => {
  expect([...view.keys()].sort()).toEqual([...whole.keys()].sort());
  expect(view.size).toBe(pages.length);
});

describe.each(pages.map((p) => [p.file]))('%s', (file) => {
  test('gets the same record from its view as from the whole page: text, word count, filters, metadata, language', () => {
    const url = [...whole.keys()].find((u) => file === `${u.replace(/^\//, '')}index.html` || file === u.replace(/^\//, ''));
    expect(url).toBeDefined();
    const a = whole.get(url!)!;
    const b = view.get(url!)!;
    expect({ content: b.content, words: b.word_count, filters: b.filters, meta: b.meta, language: b.language }).toEqual({
      content: a.content,
      words: a.word_count,
      filters: a.filters,
      meta: a.meta,
      language: a.language,
    });
    // Pagefind also lists elements with an id inside ignored parts; the view keeps the others.
    const ids = new Set(a.anchors.map((x) => x.id));
    expect(b.anchors.filter((x) => !ids.has(x.id))).toEqual([]);
  });
});
