import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { allPassages } from '../../src/lib/views/passage.ts';
import { passageLine, shorten, speakerIndex, speakerIndexPages, speakerPages } from '../../src/lib/views/quotes-index.ts';
import { makeUrls } from '../../src/lib/urls.ts';

const graph = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
const urls = makeUrls('/');
const passages = allPassages(graph);

describe('the quotes index', () => {
  it('lists each speaker once with their count, the passages with no named source last', () => {
    const index = speakerIndex(graph, urls);
    expect(index.reduce((n, s) => n + s.count, 0)).toBe(passages.length);
    expect(index.at(-1)).toMatchObject({ id: undefined, name: 'No named source', href: '/quotes/by/no-named-source/' });
    expect(index.find((s) => s.id === 'anatoly-antonov')).toMatchObject({
      count: graph.quotesBy('anatoly-antonov').length,
      href: '/quotes/by/anatoly-antonov/',
    });
  });

  it('splits a speaker’s list into pages of at most the given number of lines, every passage once', () => {
    const pages = speakerPages(graph, urls, 2);
    for (const p of pages) expect(p.lines.length).toBeLessThanOrEqual(2);
    expect(pages.flatMap((p) => p.lines.map((l) => l.href)).sort()).toEqual(
      passages.map((q) => urls.passage(q.document.slug, q.annotation.anchor)).sort(),
    );
    const antonov = pages.filter((p) => p.speaker.id === 'anatoly-antonov');
    expect(antonov.map((p) => p.page)).toEqual(antonov.map((_, i) => i + 1));
    expect(antonov[1]!.pageLinks.map((l) => l.href).slice(0, 2)).toEqual(['/quotes/by/anatoly-antonov/', '/quotes/by/anatoly-antonov/2/']);
    expect(antonov[1]!.start).toBe(3);
  });

  it('gives each passage one line: how it is given, its words, its document and the outlets it came through', () => {
    const at = graph.annotation('russia-presents-proof-turkey-role', 'live-pipelines')!;
    expect(passageLine(graph, at as (typeof passages)[number], urls)).toMatchObject({
      href: '/quotes/russia-presents-proof-turkey-role/live-pipelines/',
      given: 'Paraphrase',
      documentHref: '/documents/russia-presents-proof-turkey-role/#live-pipelines',
      date: '2015-12-03',
      via: ['RT'],
    });
  });

  it('shortens long words at a word boundary', () => {
    expect(shorten('one two three', 9)).toBe('one two …');
    expect(shorten('short', 9)).toBe('short');
  });
});

describe('the pages of the speakers’ index', () => {
  it('lists every speaker once across pages of at most the given size, each page linking to all', () => {
    const pages = speakerIndexPages(graph, urls, 5);
    const all = speakerIndex(graph, urls);
    expect(pages.length).toBe(Math.ceil(all.length / 5));
    for (const p of pages) expect(p.speakers.length).toBeLessThanOrEqual(5);
    expect(pages.flatMap((p) => p.speakers.map((s) => s.href))).toEqual(all.map((s) => s.href));
    expect(pages[0]!.pageLinks.map((l) => l.href).slice(0, 2)).toEqual(['/quotes/', '/quotes/2/']);
    expect(pages[1]!.passages).toBe(passages.length);
  });

  it('keeps the whole index on one page when it fits', () => {
    expect(speakerIndexPages(graph, urls).length).toBe(1);
  });
});
