import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { attributionChain } from '../../src/lib/corpus/chain.ts';
import { buildGraph, type Located } from '../../src/lib/corpus/graph.ts';
import { allPassages, howGiven, passageRoutes, passageView } from '../../src/lib/views/passage.ts';
import { speakerIndexRoutes, speakerPages, speakerRoutes } from '../../src/lib/views/quotes-index.ts';
import type { QuoteAnnotation } from '../../src/lib/corpus/types.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { chainItems } from '../../src/lib/views/chain.ts';
import { passageLink } from '../../src/lib/views/passage-link.ts';
import { quoteLine } from '../../src/lib/views/quote-line.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

// The project's own content: five documents, dated and undated, with every stance and mode.
const graph = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
const urls = makeUrls('/reader/');
const absolute = makeUrls('/reader/', 'https://example.org');
const passage = (slug: string, anchor: string) => graph.annotation(slug, anchor) as Located<QuoteAnnotation>;
const pipelines = passage('russia-presents-proof-turkey-role', 'live-pipelines');
const warren = passage('russia-presents-proof-turkey-role', 'warren-denial');
const conditional = passage('russia-presents-proof-turkey-role', 'iraq-conditional');
const unattributed = allPassages(graph).find(
  (p) => p.document.slug === 'oil-smuggling-trucks-photographed' && p.annotation.mode === 'unattributed',
)!;

describe('the page of a passage, as its template shows it', () => {
  it('titles the page with the speaker and the words cut at 90 characters, and describes it by its label and document', () => {
    const v = passageView(graph, pipelines, urls, absolute);
    expect(v.who).toBe('Anatoly Antonov');
    expect(v.title).toBe('Anatoly Antonov: this oil "in large quantities" enters the territory of Turkey via "live oil pipelines," …');
    expect(v.description).toBe("Paraphrase · Anatoly Antonov, via RT, in “Russia Presents Proof of Turkey's Role in ISIS Oil Trade”.");
  });

  it('says in one sentence how the document gives the words, naming the words a paraphrase quotes', () => {
    expect(passageView(graph, pipelines, urls, absolute).how).toBe(
      'A paraphrase: the document reports what Anatoly Antonov said in its own words, quoting only “in large quantities” and “live oil pipelines”.',
    );
    expect(howGiven('paraphrase-quoting', 'X', ['a', 'b', 'c'])).toBe(
      'A paraphrase: the document reports what X said in its own words, quoting only “a”, “b” and “c”.',
    );
    expect(passageView(graph, warren, urls, absolute).how).toBe(
      'A direct quotation: the document prints these words in quotation marks as Steve Warren’s own.',
    );
    expect(passageView(graph, unattributed, urls, absolute).how).toBe(
      'Unattributed: the document asserts these words without naming who said them.',
    );
    expect(passageView(graph, unattributed, urls, absolute).who).toBe('No named source');
  });

  it('gives the document’s date only when the document has one', () => {
    expect(passageView(graph, pipelines, urls, absolute).date).toBe('2015-12-03');
    expect(unattributed.document.data.published).toBeUndefined();
    expect(passageView(graph, unattributed, urls, absolute).date).toBeUndefined();
  });

  it('heads the claim line with the passage’s stance and links the speaker, claim, claimant and the speaker’s passages', () => {
    const v = passageView(graph, warren, urls, absolute);
    expect(v.stanceHeading).toBe('Disputes');
    expect(v.links).toEqual({
      speaker: '/reader/entities/steve-warren/',
      event: undefined,
      claim: '/reader/claims/turkey-buys-isis-oil/',
      claimant: `/reader/entities/${graph.claim('turkey-buys-isis-oil')!.claimant}/`,
      speakerPassages: '/reader/quotes/by/steve-warren/',
    });
    expect(passageView(graph, conditional, urls, absolute).stanceHeading).toBe('Answers conditionally');
    expect(passageView(graph, pipelines, urls, absolute).stanceHeading).toBe('States');
  });

  it('labels every disputing passage it lists, a claim span with no speaker included', () => {
    const asserted = allPassages(graph).find((p) => p.annotation.claim === 'turkey-buys-isis-oil' && p.annotation.stance === 'asserts')!;
    const disputes = passageView(graph, asserted, urls, absolute).disputes;
    expect(disputes.length).toBeGreaterThan(1);
    for (const d of disputes) expect(d.label).not.toBe('');
    expect(disputes.map((d) => d.label)).toContain('Direct quotation · Steve Warren, via RT');
  });
});

describe('a quote in a compact list', () => {
  it('names the speaker, how the words are given and the passage’s stance, and links the passage’s page', () => {
    expect(quoteLine(graph, pipelines, urls)).toEqual({
      speaker: { name: 'Anatoly Antonov', href: '/reader/entities/anatoly-antonov/' },
      how: 'paraphrased',
      words: pipelines.annotation.exact,
      documentTitle: "Russia Presents Proof of Turkey's Role in ISIS Oil Trade",
      href: '/reader/quotes/russia-presents-proof-turkey-role/live-pipelines/',
    });
    expect(quoteLine(graph, warren, urls).how).toBe('said, disputing a claim');
    expect(quoteLine(graph, conditional, urls).how).toBe('paraphrased, a conditional response to a claim');
    expect(quoteLine(graph, unattributed, urls).speaker).toBeUndefined();
  });
});

describe('an attribution chain, as its list shows it', () => {
  it('types each step in words and links each one, the copy to the passage’s anchor', () => {
    const items = chainItems(attributionChain(pipelines.document, pipelines.annotation), graph, urls, { anchor: 'live-pipelines' });
    expect(items.map((s) => s.label)).toEqual(['paraphrased', 'at', 'reported', 'republished in']);
    expect(items[3]).toEqual({
      type: 'republished',
      label: 'republished in',
      kind: 'document',
      title: "Russia Presents Proof of Turkey's Role in ISIS Oil Trade",
      href: '/reader/documents/russia-presents-proof-turkey-role/#live-pipelines',
      publisher: { name: 'Global Research', href: '/reader/entities/global-research/' },
      date: '2015-12-03',
    });
  });

  it('says "no named source" for an unattributed passage and "publisher unknown" for a copy that names none, and reads "this document" on its own page', () => {
    const items = chainItems(attributionChain(unattributed.document, unattributed.annotation), graph, urls, { here: true });
    expect(items[0]).toMatchObject({ kind: 'unnamed', text: 'no named source' });
    const copy = items.at(-1)!;
    expect(copy).toMatchObject({ kind: 'document', title: 'this document', href: undefined });
    expect(copy.kind === 'document' && copy.publisher).toEqual({ name: 'publisher unknown' });
  });
});

describe('a passage quoted in its sentence', () => {
  it('marks the words in their sentence and dates the document, or leaves the date out when it is unknown', () => {
    const v = passageLink(pipelines, urls);
    expect(v.parts.before + v.parts.exact + v.parts.after).toBe(pipelines.annotation.sentence);
    expect(v.parts.exact).toBe(pipelines.annotation.exact);
    expect(v).toMatchObject({ href: '/reader/documents/russia-presents-proof-turkey-role/#live-pipelines', date: '2015-12-03' });
    expect(passageLink(unattributed, urls).date).toBeUndefined();
  });
});

describe('one speaker’s list of passages', () => {
  const pages = speakerPages(graph, urls);

  it('titles each list by its speaker, counts the passages and links the speaker’s page', () => {
    const antonov = pages.find((p) => p.speaker.id === 'anatoly-antonov')!;
    expect(antonov).toMatchObject({
      title: 'Passages of Anatoly Antonov',
      pageTitle: 'Passages of Anatoly Antonov',
      speakerHref: '/reader/entities/anatoly-antonov/',
      range: undefined,
    });
    expect(antonov.countLabel).toBe(`${graph.quotesBy('anatoly-antonov').length} passages`);
    const unnamed = pages.find((p) => !p.speaker.id)!;
    expect(unnamed.title).toBe('Passages with no named source');
    expect(unnamed.speakerHref).toBeUndefined();
  });

  it('numbers the pages of a long list and says which passages each holds', () => {
    const split = speakerPages(graph, urls, 3).filter((p) => p.speaker.id === 'anatoly-antonov');
    expect(split.map((p) => [p.pageTitle, p.range])).toEqual([
      ['Passages of Anatoly Antonov', 'Passages 1 to 3.'],
      ['Passages of Anatoly Antonov (page 2)', 'Passages 4 to 6.'],
      ['Passages of Anatoly Antonov (page 3)', 'Passages 7 to 7.'],
    ]);
  });

  it('notes a disputing or conditional passage after its label, and nothing after one that states its claim', () => {
    const lines = pages.flatMap((p) => p.lines);
    expect(lines.find((l) => l.href.endsWith('/warren-denial/'))!.stanceNote).toBe('disputing');
    expect(lines.find((l) => l.href.endsWith('/iraq-conditional/'))!.stanceNote).toBe('answering conditionally');
    expect(lines.find((l) => l.href.endsWith('/live-pipelines/'))!.stanceNote).toBeUndefined();
  });
});

describe('the routes of the passages’ pages', () => {
  it('gives every quote a page under its document and anchor', () => {
    const routes = passageRoutes(graph);
    expect(routes).toHaveLength(allPassages(graph).length);
    expect(routes.map((r) => r.params)).toContainEqual({ slug: 'russia-presents-proof-turkey-role', anchor: 'live-pipelines' });
  });

  it('refuses a document called "by", whose passages would clash with the lists by speaker', () => {
    const files = fixtureContent(['valid']);
    files.documents[0]!.file = 'content/documents/by.mdx';
    files.sources[0]!.file = 'content/sources/by.txt';
    const analysis = analyseContent(files);
    expect(analysis.diagnostics).toEqual([]);
    expect(() => passageRoutes(buildGraph(analysis.corpus))).toThrow('content/documents/by.mdx: the document slug "by" is reserved');
  });
});

describe('the routes of the quotes’ index and lists', () => {
  it('routes each speaker’s list by entity id, the passages with no named source under their own segment, and no page number on a first page', () => {
    const routes = speakerRoutes(graph, urls);
    expect(routes.map((r) => r.params)).toContainEqual({ speaker: 'anatoly-antonov', page: undefined });
    expect(routes.map((r) => r.params)).toContainEqual({ speaker: 'no-named-source', page: undefined });
    expect(
      routes.every(
        (r) => urls.speakerQuotes(r.props.view.speaker.id, r.props.view.page) === r.props.view.pageLinks[r.props.view.page - 1]!.href,
      ),
    ).toBe(true);
  });

  it('gives the index no second page while one page lists every speaker', () => {
    expect(speakerIndexRoutes(graph, urls)).toEqual([]);
  });
});
