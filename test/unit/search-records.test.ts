import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { documentFacets, pageType, passageFacts } from '../../src/lib/search/records.ts';
import { encodeFragment, linkToMatch } from '../../src/scripts/search-links.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

const graph = buildGraph(analyseContent(fixtureContent(['valid'])).corpus);

describe('search records', () => {
  it('gives each quoted passage its facts: its own page, how it is given, speaker, outlets and the entities it names', () => {
    expect(Object.fromEntries(passageFacts(graph, graph.document('valid')!))).toEqual({
      'q-sergey-rudskoy-1': {
        url: '/quotes/valid/q-sergey-rudskoy-1/',
        title: '“The income of this terrorist organization was about $3 million per day”',
        label: 'Direct quotation · Sergey Rudskoy, via RT',
        speaker: 'Sergey Rudskoy',
        outlet: ['RT'],
        entity: ['Sergey Rudskoy'],
      },
    });
  });

  it('gives a document its outlets, the entities it names, every spelling of their names, and its passages’ type and speakers', () => {
    expect(documentFacets(graph, graph.document('valid')!)).toEqual({
      filters: {
        type: ['document', 'quote'],
        speaker: ['Sergey Rudskoy'],
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
