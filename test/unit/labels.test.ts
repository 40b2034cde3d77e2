import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { documentItems } from '../../src/lib/citations/page-items.ts';
import { feedOptions } from '../../src/lib/export/feed.ts';
import { websiteNode } from '../../src/lib/export/json-ld.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import {
  dateLabel,
  excerpt,
  givenListLabel,
  joinAnd,
  longDate,
  noun,
  quoteModeLabels,
  plural,
  quoteModeVerbs,
  shortDate,
  SITE_NAME,
  stanceHeadings,
  stanceListNote,
  UNKNOWN_DATE,
} from '../../src/lib/labels.ts';
import { shorten } from '../../src/lib/text/passage-split.ts';
import { fragment, makeUrls, normalizeBase, pathBelowBase } from '../../src/lib/urls.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

describe('the labels every page shares', () => {
  it('counts with the singular for one and the plural otherwise, irregular plurals included', () => {
    expect(plural(1, 'passage')).toBe('1 passage');
    expect(plural(0, 'passage')).toBe('0 passages');
    expect(plural(3, 'entity', 'entities')).toBe('3 entities');
    expect(plural(1, 'entity', 'entities')).toBe('1 entity');
  });

  it('joins names with commas and a last "and"', () => {
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['RT'])).toBe('RT');
    expect(joinAnd(['RT', 'Sputnik'])).toBe('RT and Sputnik');
    expect(joinAnd(['RT', 'Sputnik', 'TASS'])).toBe('RT, Sputnik and TASS');
  });

  it('says "date unknown" for an unknown date', () => {
    expect(dateLabel(undefined)).toBe(UNKNOWN_DATE);
    expect(dateLabel('2015-12-02')).toBe('2015-12-02');
  });

  it('writes a day in full for a heading and short inside a sentence, whatever the machine’s time zone', () => {
    expect(longDate('2015-12-02')).toBe('Wednesday, 2 December 2015');
    expect(shortDate('2015-12-02')).toBe('2 Dec 2015');
  });

  it('cuts an excerpt at a word, with a spaced ellipsis, and leaves a short text whole', () => {
    expect(excerpt('one two three', 9)).toBe('one two …');
    expect(excerpt('short', 9)).toBe('short');
    expect(excerpt('a'.repeat(250))).toHaveLength(202);
    expect(shorten).toBe(excerpt);
  });

  it('names how a quote is given and how a passage stands to its claim, in each register', () => {
    expect(quoteModeVerbs).toEqual({ direct: 'said', paraphrase: 'paraphrased', unattributed: 'unattributed' });
    expect(givenListLabel('paraphrase-quoting')).toBe('Paraphrase');
    expect(givenListLabel('direct')).toBe('Direct quotation');
    expect(stanceHeadings).toEqual({ asserts: 'States', disputes: 'Disputes', conditional: 'Answers conditionally' });
    expect(stanceListNote('asserts', 'short')).toBeUndefined();
    expect(stanceListNote('disputes', 'short')).toBe('disputing');
    expect(stanceListNote('conditional', 'ofIt')).toBe('responding conditionally');
    expect(stanceListNote('conditional', 'ofAClaim')).toBe('a conditional response to a claim');
  });

  it('gives the site one name, in the JSON-LD, the feed and the citations alike', () => {
    const graph = buildGraph(analyseContent(fixtureContent(['valid'])).corpus);
    const urls = makeUrls('/', 'https://example.org');
    expect(SITE_NAME).toBe('The Oil Briefing Reader');
    expect(websiteNode(urls).name).toBe(SITE_NAME);
    expect(feedOptions(graph, urls).title).toBe(`${SITE_NAME}: documents`);
    expect(documentItems(graph, graph.document('valid')!, urls)[1]['container-title']).toBe(SITE_NAME);
  });
});

describe('the URL module', () => {
  it('spells any base path one way, and finds a page’s path below it', () => {
    for (const base of ['reader', '/reader', '/reader/', '//reader//']) expect(normalizeBase(base)).toBe('/reader/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(pathBelowBase('/reader/claims/x/', '/reader/')).toBe('/claims/x/');
    expect(pathBelowBase('/reader/', '/reader')).toBe('/');
    expect(pathBelowBase('/claims/x/', '/')).toBe('/claims/x/');
  });

  it('builds every address that pages used to write by hand, under the base path', () => {
    const urls = makeUrls('/reader/');
    expect([urls.documentList(), urls.entityList(), urls.claimList(), urls.data(), urls.corpus()]).toEqual([
      '/reader/documents/',
      '/reader/entities/',
      '/reader/claims/',
      '/reader/data/',
      '/reader/data/corpus.json',
    ]);
    expect(urls.documentCitations('valid', 'json')).toBe('/reader/documents/valid/cite.json');
    expect(urls.documentCitations('valid', 'bib')).toBe('/reader/documents/valid/cite.bib');
    expect(urls.quoteCitations('bib')).toBe('/reader/quotes/cite.bib');
    expect([urls.feed(), urls.sitemap(), urls.robots(), urls.favicon(), urls.allAnnotations()]).toEqual([
      '/reader/rss.xml',
      '/reader/sitemap-index.xml',
      '/reader/robots.txt',
      '/reader/favicon.svg',
      '/reader/annotations.jsonld',
    ]);
    expect(fragment('live-pipelines')).toBe('#live-pipelines');
    expect(makeUrls('/', 'https://example.org/').feed()).toBe('https://example.org/rss.xml');
  });

  it('puts a search’s query first and its filters after, each encoded', () => {
    const urls = makeUrls('/');
    expect(urls.search()).toBe('/search/');
    expect(urls.search('"live oil pipelines"')).toBe('/search/?q=%22live%20oil%20pipelines%22');
    expect(urls.search(undefined, { type: 'quote', outlet: 'Global Research' })).toBe('/search/?type=quote&outlet=Global%20Research');
    expect(urls.search('oil', { speaker: 'Anatoly Antonov' })).toBe('/search/?q=oil&speaker=Anatoly%20Antonov');
  });
});

describe('quote modes, in each register', () => {
  it('labels a mode the same on the claim page and a passage’s list line, and the word alone agrees with the count', () => {
    expect(quoteModeLabels).toEqual({ direct: 'Direct quotation', paraphrase: 'Paraphrase', unattributed: 'Unattributed' });
    expect(givenListLabel('direct')).toBe(quoteModeLabels.direct);
    expect(noun(1, 'passage')).toBe('passage');
    expect(noun(2, 'passage')).toBe('passages');
    expect(plural(2, 'passage')).toBe(`2 ${noun(2, 'passage')}`);
  });
});
