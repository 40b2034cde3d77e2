import { oncePerGraph } from './per-graph.ts';

/**
 * Who disputes a claim anywhere in the corpus, in the order first met: the id
 * of each speaker once, and `undefined` once if a disputing passage names no
 * speaker. Worked out once per claim: a claim's disputes grow with the
 * corpus, and every margin note, share card and speaker page that names the claim reads
 * them (at 10,000 documents, reading them again for each made the cards cost
 * 1.3 ms each, and the speakers' pages 5 ms).
 */
export const claimDisputers = oncePerGraph((graph, claim: string): (string | undefined)[] => {
  const who = new Set<string | undefined>();
  for (const { annotation } of graph.disputesOf(claim)) who.add(annotation.type === 'quote' ? annotation.speaker : undefined);
  return [...who];
});
