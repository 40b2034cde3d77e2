// Who disputes several claims at once (a document's share card names them):
// gathered by number, it must give what adding each claim's disputers to a
// set in turn gives, on the real content and on a synthetic corpus.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent, type ContentFiles } from '../../src/lib/analyser/index.ts';
import { claimDisputers, claimsDisputers } from '../../src/lib/corpus/disputers.ts';
import { buildGraph, type CorpusGraph } from '../../src/lib/corpus/graph.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';

const root = join(import.meta.dirname, '..', '..');
const realGraph = buildGraph(analyseContent(readContent(root)).corpus);

/** The plain way: each claim's disputers added to one set, claim after claim. */
function naive(graph: CorpusGraph, claims: string[]): (string | undefined)[] {
  const who = new Set<string | undefined>();
  for (const claim of claims) for (const speaker of claimDisputers(graph, claim)) who.add(speaker);
  return [...who];
}

describe('the disputers of several claims', () => {
  it('lists each disputer once, claim after claim, in the order first met, as a set of them would', () => {
    const claims = realGraph.claims.map((c) => c.id);
    expect(claims.length).toBeGreaterThan(3);
    const disputed = claims.filter((id) => claimDisputers(realGraph, id).length > 0);
    expect(disputed.length).toBeGreaterThan(1);
    expect(claimsDisputers(realGraph, claims)).toEqual(naive(realGraph, claims));
    expect(claimsDisputers(realGraph, [...claims].reverse())).toEqual(naive(realGraph, [...claims].reverse()));
    // Asked again, for one claim and for none, nothing met in an earlier call is left out.
    for (const id of disputed) expect(claimsDisputers(realGraph, [id])).toEqual(claimDisputers(realGraph, id));
    expect(claimsDisputers(realGraph, [])).toEqual([]);
  });

  it('gives the same lists as a set for every document of a synthetic corpus, passages with no speaker counted once', () => {
    const content: ContentFiles = { documents: [], sources: [], entities: [], claims: [] };
    for (const f of generateCorpus({ documents: 60, entities: 40, claims: 8 }).files)
      content[f.path.split('/')[1] as keyof ContentFiles].push({ file: f.path, text: f.text });
    const graph = buildGraph(analyseContent(content).corpus);
    let unnamed = 0;
    for (const document of graph.documents) {
      const claims = [
        ...new Set(document.annotations.flatMap((a) => ((a.type === 'quote' || a.type === 'claim') && a.claim ? [a.claim] : []))),
      ];
      const who = claimsDisputers(graph, claims);
      expect(who).toEqual(naive(graph, claims));
      if (who.includes(undefined)) unnamed++;
    }
    expect(unnamed).toBeGreaterThan(0);
  });
});
