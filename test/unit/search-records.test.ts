import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { documentFacets, pageType, quoteRecords } from '../../src/lib/search/records.ts';
import { encodeFragment, linkToMatch } from '../../src/scripts/search-links.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

const graph = buildGraph(analyseContent(fixtureContent(['valid'])).corpus);

describe('search records', () => {
  it('makes one record per quote, pointing at the passage’s page, labelled with how it is given, with speaker, outlet, entity and claim filters', () => {
    expect(quoteRecords(graph)).toEqual([
      {
        url: '/quotes/valid/q-sergey-rudskoy-1/',
        content: '"The income of this terrorist organization was about $3 million per day,"',
        language: 'en',
        meta: {
          title: '“The income of this terrorist organization was about $3 million per day”',
          label: 'Direct quotation · Sergey Rudskoy, via RT',
          type: 'quote',
          speaker: 'Sergey Rudskoy',
          document: 'Income falls after strikes',
        },
        filters: { type: ['quote'], speaker: ['Sergey Rudskoy'], outlet: ['RT'], entity: ['Sergey Rudskoy'], claim: ['ISIS oil income'] },
      },
    ]);
  });

  it('gives a document its outlets, the entities it names, and every spelling of their names', () => {
    expect(documentFacets(graph, graph.document('valid')!)).toEqual({
      filters: {
        outlet: ['RT'],
        entity: ['Moscow', 'Moscow briefing', 'RT', 'Russia', 'Russian Defence Ministry', 'Sergey Rudskoy', 'Sputnik'],
      },
      meta: {
        names: 'Moscow · Moscow briefing · RT · Rudskoy · Russia · Russia Today · Russian Defence Ministry · Sergey Rudskoy · Sputnik',
      },
    });
  });

  it.each([
    ['/documents/a/', 'document'],
    ['/entities/rt/', 'entity'],
    ['claims/x/', 'claim'],
    ['/quotes/', undefined],
  ])('files the page %s under the type %s', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});

describe('links from search results', () => {
  it('keeps a quote record’s anchor', () => {
    expect(linkToMatch({ url: '/documents/a/#q-x-1', excerpt: '<mark>oil</mark>', meta: {} }, 'oil')).toBe('/documents/a/#q-x-1');
  });
  it('links a passage result to the passage’s page as it is', () => {
    expect(linkToMatch({ url: '/quotes/a/q-x-1/', excerpt: '<mark>oil</mark>', meta: { type: 'quote' } }, '"oil"')).toBe(
      '/quotes/a/q-x-1/',
    );
  });
  it('links a page result to the phrase searched for, as a text fragment', () => {
    expect(
      linkToMatch({ url: '/documents/a/', excerpt: 'a <mark>major</mark> <mark>briefing</mark>', meta: {} }, '"held a major-briefing"'),
    ).toBe('/documents/a/#:~:text=held%20a%20major%2Dbriefing');
  });
  it('links a page result to its first highlighted word, without the punctuation around it', () => {
    expect(linkToMatch({ url: '/entities/e/', excerpt: 'President <mark>Erdoğan.</mark>', meta: {} }, 'Erdoğan')).toBe(
      '/entities/e/#:~:text=Erdo%C4%9Fan',
    );
  });
  it('encodes the characters text fragments reserve', () => {
    expect(encodeFragment('Deir-ez-Zor, & more')).toBe('Deir%2Dez%2DZor%2C%20%26%20more');
  });
});
