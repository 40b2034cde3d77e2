// The site's APA, MLA and Chicago entries (src/lib/citations/reference-list.ts) against
// citeproc-js with the official CSL styles (test/csl/), for three documents
// (each as the article and as the annotated page) and three passages. Where
// the two differ, the difference is named below with the reason, and the test
// checks that nothing else differs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import type { CslItem } from '../../src/lib/citations/csl-items.ts';
import { citationSource, documentItems, quoteCitation } from '../../src/lib/citations/page-items.ts';
import { formatCitation, plainText, type CiteStyle } from '../../src/lib/citations/reference-list.ts';
import { buildGraph, type Located } from '../../src/lib/corpus/graph.ts';
import type { QuoteAnnotation } from '../../src/lib/corpus/types.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { cslReference } from '../helpers/csl-oracle.ts';

const graph = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
const urls = makeUrls('/', 'https://example.org');
// A republication with an outlet byline and both dates; a person's article whose copy has no known
// publisher; an undated article with no byline and no outlet.
const documents = ['russia-presents-proof-turkey-role', 'oil-smuggling-trucks-photographed', 'russians-can-prove-turkey-isis'];
const passages: [string, string][] = [
  ['russia-presents-proof-turkey-role', 'live-pipelines'],
  ['oil-smuggling-trucks-photographed', 'q-sergey-rudskoy-1'],
  ['russia-reveals-details-oil-smuggling', 'q-anatoly-antonov-1'],
];
const items: CslItem[] = [
  ...documents.flatMap((slug) => documentItems(graph, graph.document(slug)!, urls)),
  ...passages.map(([slug, anchor]) => quoteCitation(graph, graph.annotation(slug, anchor) as Located<QuoteAnnotation>, urls)),
];

/**
 * Each justified difference: when it applies, and how it turns citeproc's
 * text into ours (or both into a common form).
 */
interface Difference {
  why: string;
  applies(item: CslItem, style: CiteStyle): boolean;
  /** Applied to [ours, citeproc's]. */
  adjust(ours: string, csl: string, item: CslItem): [string, string];
}
const differences: Difference[] = [
  {
    why: 'Titles keep the apostrophes they were printed with; the CSL processor makes them typographic.',
    applies: () => true,
    adjust: (ours, csl) => [ours, csl.replace(/’/g, "'")],
  },
  {
    why: 'MLA and Chicago: a republished article also names where it first appeared ("Originally published in RT, 2 Dec. 2015."), which the CSL styles have no place for.',
    applies: (item, style) => style !== 'apa' && !!item['original-publisher'],
    adjust: (ours, csl) => [ours.replace(/ Originally published in .*$/, ''), csl],
  },
  {
    why: 'MLA: an organisation that is both author and publisher is named once, as publisher (MLA Handbook 9th ed., 5.7); the CSL style repeats it as author.',
    applies: (item, style) =>
      style === 'mla' &&
      item.type === 'article-newspaper' &&
      !!item.author?.[0]?.literal &&
      [item['container-title'], item['original-publisher']].includes(item.author[0].literal),
    adjust: (ours, csl, item) => [ours, csl.replace(`${item.author![0]!.literal}. `, '')],
  },
  {
    why: 'MLA and Chicago: an article whose outlet is unknown is still a part of a larger work, so its title stays in quotation marks; the CSL styles set a title with no container in italics, as a book.',
    applies: (item, style) => style !== 'apa' && item.type === 'article-newspaper' && !item['container-title'],
    adjust: (ours, csl) => [ours.replace(/[“”]/g, ''), csl],
  },
  {
    why: 'APA, an undated web page with no author: the bracketed description follows the title (APA Publication Manual 7th ed., 9.21), and no "Retrieved" without a retrieval date (the site gives none: a build date is not when a reader looked).',
    applies: (item, style) => style === 'apa' && item.type === 'webpage' && !item.author && !item.issued,
    adjust: (ours, csl) => [ours, csl.replace(/\.? \(n\.d\.\)\. \[([^\]]*)\]\./, ' [$1]. (n.d.).').replace('Retrieved ', '')],
  },
  {
    why: 'APA, an undated web page with an author: no "Retrieved" without a retrieval date (the site gives none: a build date is not when a reader looked).',
    applies: (item, style) => style === 'apa' && item.type === 'webpage' && !!item.author && !item.issued,
    adjust: (ours, csl) => [ours, csl.replace('Retrieved ', '')],
  },
  {
    // Last: the comparisons above need the capitals.
    why: 'Titles keep the capitals they were printed with (the documents are reproduced as published); the MLA and Chicago styles put English titles in title case.',
    applies: (_item, style) => style !== 'apa',
    adjust: (ours, csl) => [ours.toLowerCase(), csl.toLowerCase()],
  },
];

describe.each(items.map((item) => [item.id, item] as const))('%s', (_id, item) => {
  it.each(['apa', 'mla', 'chicago'] as const)('%s matches citeproc-js with the official style, but for the differences listed', (style) => {
    let ours = plainText(formatCitation(item, style));
    let csl = cslReference(item, style);
    for (const d of differences) if (d.applies(item, style)) [ours, csl] = d.adjust(ours, csl, item);
    expect(ours).toBe(csl);
  });
});

describe('what the comparison covers', () => {
  it('compares dated and undated items, persons and organisations, articles and pages', () => {
    expect(items.some((i) => i.issued) && items.some((i) => !i.issued)).toBe(true);
    expect(items.some((i) => i.author?.[0]?.family) && items.some((i) => i.author?.[0]?.literal)).toBe(true);
    expect(new Set(items.map((i) => i.type))).toEqual(new Set(['article-newspaper', 'webpage']));
  });

  it('every listed difference applies to at least one entry, so none is kept for nothing', () => {
    for (const d of differences)
      expect(
        items.some((i) => (['apa', 'mla', 'chicago'] as const).some((s) => d.applies(i, s))),
        d.why,
      ).toBe(true);
  });

  it('a dated document’s annotated page and passages carry its date in APA, as citeproc-js does', () => {
    const passage = items.find((i) => i.id === 'russia-presents-proof-turkey-role-live-pipelines')!;
    expect(plainText(formatCitation(passage, 'apa'))).toContain('(2015, December 3)');
    expect(cslReference(passage, 'apa')).toContain('(2015, December 3)');
  });

  it('a person’s byline with no entity file is cited as a person', () => {
    const document = graph.document('oil-smuggling-trucks-photographed')!;
    expect(citationSource(graph, { ...document, data: { ...document.data, author: 'Newly Added | Some Outlet' } }).bylineIsPerson).toBe(
      true,
    );
    expect(citationSource(graph, { ...document, data: { ...document.data, author: 'Oil Pro News' } }).bylineIsPerson).toBe(false);
  });
});
