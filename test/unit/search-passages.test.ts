import { describe, expect, it } from 'vitest';
import { passageExcerpt, passageFilter, passageResults, pageFilter, type PageResult } from '../../src/scripts/search-passages.ts';
import { holdsPhrase, queryTerms } from '../../src/scripts/search-rank.ts';
import type { PassageFacts } from '../../src/lib/search/records.ts';

const antonov: PassageFacts = {
  url: '/quotes/doc/q-antonov-1/',
  title: 'this oil enters Turkey via “live oil pipelines”',
  label: 'Paraphrase · Anatoly Antonov, via RT',
  speaker: 'Anatoly Antonov',
  outlet: ['Global Research', 'RT'],
  entity: ['Anatoly Antonov', 'Turkey'],
};
const page: PageResult = {
  url: '/reader/documents/doc/',
  content: 'Russia says this oil enters Turkey via “live oil pipelines” and more.',
  excerpt: '',
  meta: { title: 'A document', type: 'document' },
  anchors: [
    { element: 'p', id: 'p-1', text: 'Russia says this oil enters Turkey', location: 0 },
    {
      element: 'span',
      id: 'q-antonov-1',
      text: 'this oil enters Turkey via “live oil pipelines”',
      title: JSON.stringify(antonov),
      location: 2,
    },
    { element: 'span', id: 'q-broken', text: 'other words', title: '{not json', location: 9 },
  ],
};

describe('passages in a page’s search result', () => {
  it('makes each titled anchor a result of its own, linked to the passage’s page under the base path, its words the excerpt', () => {
    expect(passageResults(page, {}, 'pipelines', '/reader/')).toEqual([
      {
        url: '/reader/quotes/doc/q-antonov-1/',
        content: 'this oil enters Turkey via “live oil pipelines”',
        excerpt: 'this oil enters Turkey via “live oil <mark>pipelines”</mark>',
        meta: {
          type: 'quote',
          title: antonov.title,
          label: antonov.label,
          speaker: 'Anatoly Antonov',
          document: 'A document',
        },
      },
    ]);
  });

  it('checks each filter on the passage itself', () => {
    expect(passageFilter(antonov, { speaker: 'Anatoly Antonov', type: 'quote', outlet: 'RT', entity: 'Turkey' })).toBe(true);
    expect(passageFilter(antonov, { speaker: 'Sergey Rudskoy' })).toBe(false);
    expect(passageFilter(antonov, { outlet: 'Sputnik' })).toBe(false);
    expect(passageFilter(antonov, { entity: 'Iraq' })).toBe(false);
    expect(passageFilter(antonov, { type: 'document' })).toBe(false);
    expect(passageResults(page, { speaker: 'Sergey Rudskoy' }, '', '/')).toEqual([]);
  });

  it('shows the page itself unless a filter is one only passages have', () => {
    expect(pageFilter({})).toBe(true);
    expect(pageFilter({ outlet: 'RT', type: 'document' })).toBe(true);
    expect(pageFilter({ type: 'quote' })).toBe(false);
    expect(pageFilter({ speaker: 'Anatoly Antonov' })).toBe(false);
  });

  it('escapes the words it marks, and marks a phrase only where its words come in a row', () => {
    expect(passageExcerpt('a <b> & "c"', 'c')).toBe('a &lt;b&gt; &amp; <mark>&quot;c&quot;</mark>');
    expect(passageExcerpt('this oil via “live oil pipelines,” of oil trucks', '"live oil pipelines"')).toBe(
      'this oil via <mark>“live</mark> <mark>oil</mark> <mark>pipelines,”</mark> of oil trucks',
    );
  });

  it('finds a phrase in a passage whatever its quotation marks and punctuation', () => {
    expect(holdsPhrase('via “live oil pipelines,” consisting', queryTerms('"live oil pipelines"'))).toBe(true);
    expect(holdsPhrase('live oil and pipelines', queryTerms('"live oil pipelines"'))).toBe(false);
  });
});
