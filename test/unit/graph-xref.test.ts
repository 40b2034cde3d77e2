import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { passageParts, quoteWords } from '../../src/lib/text/passage-split.ts';
import { sharesOf } from '../../src/lib/views/shared-with.ts';
import { citationSource, documentItems, quoteCitation } from '../../src/lib/citations/page-items.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { cslErrors } from '../helpers/citations.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

// The valid fixture, plus a later copy that repeats its quote word for word and
// one undated document that disputes the claim with an unattributed assertion.
const repeat = `---
title: Repeat
publisher: unknown
author: "Sergey Rudskoy | RT"
published: "2015-12-05"
language: en
summary: A later copy.
---

<Quote speaker="sergey-rudskoy" via="rt" claim="isis-oil-income">"The income of this terrorist organization was about \\$3 million per day,"</Quote> <Mention entity="sergey-rudskoy">Rudskoy</Mention> told <Mention entity="rt">RT</Mention> at a briefing in Moscow on new findings.
`;
const doubt = `---
title: Doubt
publisher: unknown
published: unknown
language: en
summary: A doubt.
---

<Quote mode="unattributed" via="rt" claim="isis-oil-income" stance="disputes">Some say the figure is too high</Quote>, according to <Mention entity="rt">RT</Mention>.
`;

function graph() {
  const files = fixtureContent(['valid']);
  files.documents.push({ file: 'content/documents/repeat.mdx', text: repeat }, { file: 'content/documents/doubt.mdx', text: doubt });
  files.sources.push(
    {
      file: 'content/sources/repeat.txt',
      text: 'Repeat\n\n"The income of this terrorist organization was about $3 million per day," Rudskoy told RT at a briefing in Moscow on new findings.\n',
    },
    { file: 'content/sources/doubt.txt', text: 'Doubt\n\nSome say the figure is too high, according to RT.\n' },
  );
  const analysis = analyseContent(files);
  expect(analysis.diagnostics).toEqual([]);
  return buildGraph(analysis.corpus);
}

describe('cross-references in the graph', () => {
  const g = graph();

  it('orders a claim’s appearances by the date of their documents, undated last', () => {
    expect(g.appearancesOf('isis-oil-income').map((a) => a.document.slug)).toEqual(['valid', 'repeat', 'doubt']);
  });

  it('lists the claims an entity first made', () => {
    expect(g.claimsBy('russian-defence-ministry').map((c) => c.id)).toEqual(['isis-oil-income']);
    expect(g.claimsBy('rt')).toEqual([]);
  });

  it('lists entities affiliated to an entity', () => {
    expect(g.affiliatesOf('russian-defence-ministry').map((e) => e.id)).toEqual(['sergey-rudskoy']);
  });

  it('counts the sentences in which two entities are named together', () => {
    expect(g.alongside('rt')).toEqual([{ entity: g.entity('sergey-rudskoy'), sentences: 1 }]);
  });

  it('collects how the documents print an entity’s name', () => {
    expect(g.spellingsOf('sergey-rudskoy')).toEqual([
      { text: 'Rudskoy', count: 1 },
      { text: 'Sergey Rudskoy', count: 1 },
    ]);
  });

  it('lists the quotes an outlet relayed and the documents it published', () => {
    expect(g.relayedBy('rt').map((q) => q.document.slug)).toEqual(['valid', 'repeat', 'doubt']);
    expect(g.publishedBy('rt').map((d) => d.slug)).toEqual(['valid']);
  });

  it('lists the quotes said at an event', () => {
    expect(g.quotesAt('moscow-briefing').map((q) => `${q.document.slug}#${q.annotation.anchor}`)).toEqual(['valid#q-sergey-rudskoy-1']);
  });

  it('keeps quotes without a named speaker apart', () => {
    expect(g.unattributedQuotes.map((q) => q.document.slug)).toEqual(['doubt']);
  });
});

describe('what documents share', () => {
  const g = graph();

  it('finds the claim and the quote a later copy repeats, and the verbatim passage', () => {
    const shares = sharesOf(g, 'repeat');
    expect(shares.claims.map((c) => [c.claim.id, c.elsewhere.map(([first]) => first!.document.slug)])).toEqual([
      ['isis-oil-income', ['valid', 'doubt']],
    ]);
    expect(shares.quotes.map((q) => q.elsewhere.map((e) => `${e.document.slug}#${e.annotation.anchor}`))).toEqual([
      ['valid#q-sergey-rudskoy-1'],
    ]);
    expect(shares.passages.map((p) => [p.other, p.words, p.otherAnchor])).toEqual([['valid', 12, 'q-sergey-rudskoy-1']]);
  });

  it('is computed once per graph', () => {
    expect(sharesOf(g, 'repeat')).toBe(sharesOf(g, 'repeat'));
  });
});

describe('passages', () => {
  const g = graph();

  it('splits a sentence around the annotated words', () => {
    const m = g.mentionsOf('sergey-rudskoy')[0]!;
    expect(passageParts(m.document, m.annotation)).toEqual({
      before: '"The income of this terrorist organization was about $3 million per day," Lieutenant-General ',
      exact: 'Sergey Rudskoy',
      after: ' said, according to RT.',
    });
  });

  it.each([
    ['a quote with its marks and trailing comma', '"about $3 million per day,"', 'about $3 million per day'],
    ['typographic marks', '“Preposterous.”', 'Preposterous.'],
    ['words without marks stay as they are', 'he would resign', 'he would resign'],
  ])('quote words: %s', (_name, exact, words) => {
    expect(quoteWords(exact)).toBe(words);
  });
});

describe('citation data from the graph', () => {
  const g = graph();
  const urls = makeUrls('/reader/', 'https://example.org');

  it('resolves outlet ids to names and recognises a person named in the byline', () => {
    expect(citationSource(g, g.document('valid')!)).toMatchObject({ outlet: 'RT', published: '2015-12-02', bylineIsPerson: false });
    expect(citationSource(g, g.document('repeat')!)).toMatchObject({ outlet: undefined, bylineIsPerson: true });
    expect(documentItems(g, g.document('repeat')!, urls)[0].author).toEqual([{ given: 'Sergey', family: 'Rudskoy' }]);
  });

  it('gives a document its article and annotated page, and a quote its own page (its permalink), all valid CSL-JSON', () => {
    const [original, annotated] = documentItems(g, g.document('valid')!, urls);
    const quote = quoteCitation(g, g.quotesBy('sergey-rudskoy')[0]!, urls);
    expect(annotated.URL).toBe('https://example.org/reader/documents/valid/');
    expect(quote.URL).toBe('https://example.org/reader/quotes/valid/q-sergey-rudskoy-1/');
    expect(cslErrors([original, annotated, quote])).toEqual([]);
  });
});
