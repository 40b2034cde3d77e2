// The ledger of the real content, edge by edge: every passage that disputes a
// claim or answers it conditionally, compared with the reviewed list in
// test/fixtures/dispute-ledger.json. Who disputes what is what the site exists
// to show, so a change to it must be a deliberate change to that file too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';

interface LedgerEdge {
  claim: string;
  stance: 'disputes' | 'conditional';
  /** Who answers the claim (the quote's speaker), or null for a passage that names no one. */
  by: string | null;
  document: string;
  anchor: string;
  words: string;
}

const root = join(import.meta.dirname, '..', '..');
const analysis = analyseContent(readContent(root));
const graph = buildGraph(analysis.corpus);
const reviewed = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'dispute-ledger.json'), 'utf8')) as LedgerEdge[];

/** The edges as the corpus has them now, in a stable order. */
function currentLedger(): LedgerEdge[] {
  return graph.claims
    .flatMap((claim) =>
      graph.responsesOf(claim.id).map(({ document, annotation: a }) => ({
        claim: claim.id,
        stance: (a as { stance: 'disputes' | 'conditional' }).stance,
        by: a.type === 'quote' ? (a.speaker ?? null) : null,
        document: document.slug,
        anchor: a.anchor,
        words: a.exact,
      })),
    )
    .sort((x, y) => x.claim.localeCompare(y.claim) || x.document.localeCompare(y.document) || x.anchor.localeCompare(y.anchor));
}

describe('the dispute ledger of the corpus', () => {
  it('is exactly the reviewed list (update test/fixtures/dispute-ledger.json only after reviewing the change)', () => {
    expect(analysis.diagnostics).toEqual([]);
    expect(currentLedger()).toEqual(reviewed);
  });

  it('counts only disputes as disputes: every conditional edge is absent from the claim’s dispute ledger', () => {
    for (const edge of currentLedger()) {
      const disputed = graph.disputesOf(edge.claim).some((l) => l.document.slug === edge.document && l.annotation.anchor === edge.anchor);
      expect(disputed, `${edge.document}#${edge.anchor}`).toBe(edge.stance === 'disputes');
    }
  });
});
