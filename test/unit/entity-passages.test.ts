import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { passageGroups, speakerSummary } from '../../src/lib/views/entity-passages.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { makeUrls } from '../../src/lib/urls.ts';

const graph = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
const urls = makeUrls('/');

describe('a speaker’s passages on their entity page', () => {
  const groups = passageGroups(graph, 'sergey-rudskoy', urls);

  it('lists every passage once, grouped by document, each linked to its own page', () => {
    const quotes = graph.quotesBy('sergey-rudskoy');
    expect(groups.flatMap((g) => g.lines.map((l) => l.href)).sort()).toEqual(
      quotes.map((q) => urls.passage(q.document.slug, q.annotation.anchor)).sort(),
    );
    for (const g of groups) for (const l of g.lines) expect(l.href.startsWith(`/quotes/${g.document.slug}/`)).toBe(true);
  });

  it('says the chain once per group: the passages of a group came through the same outlets', () => {
    expect(groups.length).toBeLessThan(graph.quotesBy('sergey-rudskoy').length);
    for (const g of groups) {
      expect(g.chain.some((s) => s.role === 'speaker')).toBe(false);
      expect(g.chain.at(-1)!.document).toBe(g.document.slug);
    }
  });

  it('sums up the passages, the documents and who disputes the claims they carry', () => {
    const summary = speakerSummary(graph, 'sergey-rudskoy');
    expect(summary.passages).toBe(graph.quotesBy('sergey-rudskoy').length);
    expect(summary.documents).toBe(new Set(graph.quotesBy('sergey-rudskoy').map((q) => q.document.slug)).size);
    expect(summary.given.reduce((n, g) => n + g.count, 0)).toBe(summary.passages);
    const claims = new Set(
      graph
        .quotesBy('sergey-rudskoy')
        .filter((q) => q.annotation.stance === 'asserts')
        .map((q) => q.annotation.claim),
    );
    const disputers = [...claims]
      .flatMap((c) => (c ? graph.disputesOf(c) : []))
      .map((d) => (d.annotation.type === 'quote' ? d.annotation.speaker : undefined));
    expect(summary.disputedBy.map((e) => e.id).sort()).toEqual([...new Set(disputers.filter(Boolean))].sort());
  });
});
