import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { claimMatrix, markOf } from '../../src/lib/views/matrix.ts';
import { claimSpan, quote } from '../helpers/annotations.ts';

const claim = claimSpan;

describe('how a passage carries a claim', () => {
  it.each([
    ['a direct quote with a speaker', quote({ speaker: 'rudskoy' }), 'named'],
    ['a paraphrase with a speaker', quote({ speaker: 'rudskoy', mode: 'paraphrase' }), 'named'],
    ['an unattributed quote', quote({ mode: 'unattributed' }), 'unattributed'],
    ['a claim stated by the text', claim({}), 'unattributed'],
    ['a quote that disputes it', quote({ speaker: 'warren', stance: 'disputes' }), 'disputed'],
    ['a claim span that disputes it', claim({ stance: 'disputes' }), 'disputed'],
    ['a quote that answers it conditionally', quote({ speaker: 'iraq', stance: 'conditional' }), 'conditional'],
  ] as const)('%s', (_name, a, mark) => {
    expect(markOf(a)).toBe(mark);
  });
});

describe('the claims × documents matrix of the corpus', () => {
  const graph = buildGraph(analyseContent(readContent(process.cwd())).corpus);
  const matrix = claimMatrix(graph);

  it('has a cell for every claim and document, in the graph’s orders', () => {
    expect(matrix.rows.map((r) => r.claim.id)).toEqual(graph.claims.map((c) => c.id));
    for (const row of matrix.rows) expect(row.cells.map((c) => c.document.slug)).toEqual(graph.documents.map((d) => d.slug));
  });

  it('accounts for every appearance of every claim once', () => {
    for (const row of matrix.rows) {
      const anchors = row.cells.flatMap((c) => c.marks.flatMap((m) => m.anchors.map((a) => `${c.document.slug}#${a}`)));
      expect(anchors.sort()).toEqual(
        graph
          .appearancesOf(row.claim.id)
          .map((a) => `${a.document.slug}#${a.annotation.anchor}`)
          .sort(),
      );
    }
  });

  it('marks a claim absent only where the document does not carry it', () => {
    for (const row of matrix.rows) {
      for (const cell of row.cells) expect(cell.marks.length === 0).toBe(!graph.documentsWithClaim(row.claim.id).has(cell.document.slug));
    }
  });
});
