import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { concordance, firstDated, groupWordings, struckCharacters } from '../../src/lib/views/concordance.ts';
import { buildGraph, type Located } from '../../src/lib/corpus/graph.ts';
import type { QuoteAnnotation } from '../../src/lib/corpus/types.ts';

const graph = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
const wordingsOf = (id: string) =>
  graph.appearancesOf(id).filter((a) => (a.annotation as QuoteAnnotation).stance === 'asserts') as Located<QuoteAnnotation>[];
const fake = (exact: string, slug: string) => ({
  document: graph.documents[0]!,
  annotation: { ...wordingsOf('erdogan-family-involvement')[0]!.annotation, exact, anchor: slug },
});

describe('grouping a claim’s wordings', () => {
  it('puts near-verbatim copies together and leaves a paraphrase alone', () => {
    const a = fake('"Today, we are presenting only some of the facts that confirm a whole team of bandits,"', 'a');
    const b = fake('“Today, we are presenting some of the facts that confirm a whole team of bandits,”', 'b');
    const c = fake('The Russian official said the family is directly involved', 'c');
    expect(groupWordings([a, b, c]).map((g) => g.map((w) => w.annotation.anchor))).toEqual([['a', 'b'], ['c']]);
  });

  it('compares a copy only with its group’s first wording, and strikes nothing in a wording of its own', () => {
    const a = fake('the oil goes to Turkey in 8,500 trucks', 'a');
    const b = fake('the oil goes to Turkey in 8,500 tanker trucks', 'b');
    const c = fake('Turkey receives oil from 8,500 trucks a day, Moscow said', 'c');
    const claim = { ...graph.claims[0]!, figures: [] };
    const groups = concordance(claim, [a, b, c]);
    expect(groups.map((g) => g.wordings.map((w) => w.role))).toEqual([['base', 'copy'], ['alone']]);
    expect(groups[0]!.wordings[1]!.comparedWith).toBe(a);
    expect(groups[0]!.wordings[1]!.tokens.filter((t) => t.op === 'added').map((t) => t.text)).toEqual(['tanker']);
    expect(groups[1]!.wordings[0]!.tokens.some((t) => t.op === 'removed')).toBe(false);
    // Figures and terms shared across groups are marked in the wording of its own.
    expect(groups[1]!.wordings[0]!.tokens.filter((t) => t.op === 'shared').map((t) => t.text)).toEqual(['Turkey', '8,500', 'trucks']);
    expect(struckCharacters(groups)).toBe(0);
  });

  it('names the earliest dated appearance as where a claim was first made', () => {
    const first = firstDated(graph, 'erdogan-family-involvement')!;
    const dates = wordingsOf('erdogan-family-involvement')
      .map((w) => w.document.data.published)
      .filter((d) => d !== undefined)
      .sort();
    expect(first.document.data.published).toBe(dates[0]);
  });
});
