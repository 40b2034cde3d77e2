import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph, type Located } from '../../src/lib/corpus/graph.ts';
import { closeness, closenessTest, copiesOf, sameWords } from '../../src/lib/views/passage-copies.ts';
import { allPassages, givenAs, passageLabel, passageTitle, passageView, quotedFragments } from '../../src/lib/views/passage.ts';
import type { QuoteAnnotation } from '../../src/lib/corpus/types.ts';
import { makeUrls } from '../../src/lib/urls.ts';

// The project's own content: the passages students look for.
const graph = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
const urls = makeUrls('/reader/');
const absolute = makeUrls('/reader/', 'https://example.org');
const passage = (slug: string, anchor: string) => graph.annotation(slug, anchor) as Located<QuoteAnnotation>;
const pipelines = passage('russia-presents-proof-turkey-role', 'live-pipelines');

describe('how a passage is given', () => {
  it('finds the words a paraphrase sets in quotation marks, straight or curly', () => {
    expect(quotedFragments('this oil "in large quantities" enters Turkey via “live oil pipelines,” of trucks')).toEqual([
      'in large quantities',
      'live oil pipelines',
    ]);
    expect(quotedFragments('Russia is aware of three main routes')).toEqual([]);
  });

  it('tells a paraphrase that quotes some words from one that quotes none, and from a direct quotation', () => {
    expect(givenAs(pipelines.annotation)).toBe('paraphrase-quoting');
    expect(givenAs(passage('russia-presents-proof-turkey-role', 'routes-antonov').annotation)).toBe('paraphrase');
    expect(givenAs(passage('russia-presents-proof-turkey-role', 'bandits-quote').annotation)).toBe('direct');
  });

  it('labels a passage with how it is given, who said it and the outlets it came through', () => {
    expect(passageLabel(graph, pipelines)).toBe('Paraphrase · Anatoly Antonov, via RT');
    const unattributed = allPassages(graph).find((p) => !p.annotation.speaker)!;
    expect(passageLabel(graph, unattributed)).toMatch(/^Unattributed · no named source/);
  });
});

describe('the page of a passage', () => {
  const view = passageView(graph, pipelines, urls, absolute);

  it('keeps the words exactly as printed and names the quoted fragments', () => {
    expect(view.words).toBe(pipelines.annotation.exact);
    expect(view.givenLabel).toBe('Paraphrase with quoted words');
    expect(view.fragments).toEqual(['in large quantities', 'live oil pipelines']);
  });

  it('names the speaker and event, and the chain from the speaker to this copy', () => {
    expect(view.speaker?.id).toBe('anatoly-antonov');
    expect(view.event?.id).toBe('moscow-briefing-2015-12-02');
    expect(view.chain.map((s) => s.entity ?? s.document)).toEqual([
      'anatoly-antonov',
      'moscow-briefing-2015-12-02',
      'rt',
      'global-research',
    ]);
  });

  it('lists the other copy of the same words, linked to its own page', () => {
    expect(view.copies.map((c) => [c.at.document.slug, c.identical])).toEqual([['russia-reveals-details-oil-smuggling', true]]);
    expect(view.copies[0]!.href).toBe(`/reader/quotes/russia-reveals-details-oil-smuggling/${view.copies[0]!.at.annotation.anchor}/`);
  });

  it('links back to the passage in its document and cites the passage’s permalink with the document’s date', () => {
    expect(view.inDocument).toBe('/reader/documents/russia-presents-proof-turkey-role/#live-pipelines');
    expect(view.permalink).toBe('https://example.org/reader/quotes/russia-presents-proof-turkey-role/live-pipelines/');
    expect(view.citation.URL).toBe(view.permalink);
    expect(view.citation.issued).toEqual({ 'date-parts': [[2015, 12, 3]] });
  });

  it('links a claim’s disputing passages to their own pages', () => {
    const disputed = allPassages(graph).find(
      (p) =>
        p.annotation.claim &&
        p.annotation.stance === 'asserts' &&
        graph.disputesOf(p.annotation.claim).some((d) => d.annotation.type === 'quote'),
    )!;
    const disputes = passageView(graph, disputed, urls, absolute).disputes;
    expect(disputes.length).toBe(graph.disputesOf(disputed.annotation.claim!).length);
    const quoted = disputes.find((d) => d.at.annotation.type === 'quote')!;
    expect(quoted.href).toBe(urls.passage(quoted.at.document.slug, quoted.at.annotation.anchor));
  });

  it('names the claimant of the claim a disputing passage contests', () => {
    const disputing = allPassages(graph).find((p) => p.annotation.stance === 'disputes' && p.annotation.claim)!;
    const view = passageView(graph, disputing, urls, absolute);
    expect(view.claimant?.id).toBe(graph.claim(disputing.annotation.claim!)!.claimant);
    expect(view.disputes).toEqual([]);
  });
});

describe('copies of a passage’s words', () => {
  it('measures closeness as the share of the shorter wording’s words held in order by both', () => {
    expect(closeness('Russia is aware of three routes', '“Russia is aware of three routes,”')).toBe(1);
    expect(closeness('three main routes to Turkey', 'three routes to Turkey exist')).toBe(0.8);
    expect(closeness('a b c d', 'd c b a')).toBe(0.25);
    expect(sameWords('“Turkey,” he said', 'turkey he said.')).toBe(true);
  });

  it('tests closeness against a threshold as closeness itself does, also when the words agree but not their order', () => {
    const texts = [
      ...allPassages(graph).map((p) => p.annotation.exact),
      'a b c d',
      'd c b a',
      'three main routes to Turkey',
      'three routes to Turkey exist',
      '',
    ];
    const close = closenessTest(0.8);
    let agreed = 0;
    for (const a of texts)
      for (const b of texts.slice(0, 40)) {
        expect(close(a, b)).toBe(closeness(a, b) >= 0.8);
        agreed++;
      }
    expect(agreed).toBeGreaterThan(1000);
    expect(close('three main routes to Turkey', 'three routes to Turkey exist')).toBe(true);
    expect(close('a b c d', 'd c b a')).toBe(false);
  });

  it('finds copies across speakers, never the passage itself, and only close ones', () => {
    for (const at of allPassages(graph)) {
      for (const copy of copiesOf(graph, at)) {
        expect(copy.at.annotation === at.annotation).toBe(false);
        expect(copy.closeness).toBeGreaterThanOrEqual(0.6);
        expect(closeness(at.annotation.exact, copy.at.annotation.exact)).toBe(copy.closeness);
      }
    }
    // Copies are mutual.
    const copy = copiesOf(graph, pipelines)[0]!.at;
    expect(copiesOf(graph, copy).map((c) => c.at.annotation)).toContain(pipelines.annotation);
  });
});

describe('a passage’s words on their own', () => {
  it('puts a direct quotation in quotation marks, and a paraphrase as printed', () => {
    expect(passageTitle(passage('russia-presents-proof-turkey-role', 'bandits-quote').annotation)).toMatch(
      /^“Today, we are presenting .* region”$/,
    );
    expect(passageTitle(pipelines.annotation)).toBe(pipelines.annotation.exact);
  });
  it('shortens long words inside the quotation marks', () => {
    expect(passageTitle(passage('russia-presents-proof-turkey-role', 'bandits-quote').annotation, 30)).toBe(
      '“Today, we are presenting only …”',
    );
  });
});
