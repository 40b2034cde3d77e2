import type { CorpusGraph } from './graph.ts';
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

/**
 * The disputers of a graph's claims by number, so that the disputers of many
 * claims at once (a document's, for its share card) are gathered by marking
 * numbers, not by adding ids to a set: with a few hundred disputers per claim
 * and tens of claims per document, the sets took 2 s for the cards of 10,000
 * documents, on the thread that then bundles the pages (measured).
 */
interface Numbering {
  /** Each disputer's number, and the disputer of each number. */
  numbers: Map<string | undefined, number>;
  disputers: (string | undefined)[];
  /** The pass in which a number was last met: numbers met in this pass are not taken again. */
  metIn: Uint32Array;
  pass: number;
}

const numberings = new WeakMap<CorpusGraph, Numbering>();

function numberingOf(graph: CorpusGraph): Numbering {
  let numbering = numberings.get(graph);
  if (!numbering) numberings.set(graph, (numbering = { numbers: new Map(), disputers: [], metIn: new Uint32Array(64), pass: 0 }));
  return numbering;
}

const claimDisputerNumbers = oncePerGraph((graph, claim: string): number[] => {
  const { numbers, disputers } = numberingOf(graph);
  return claimDisputers(graph, claim).map((speaker) => {
    let number = numbers.get(speaker);
    if (number === undefined) {
      number = disputers.push(speaker) - 1;
      numbers.set(speaker, number);
    }
    return number;
  });
});

/** Who disputes any of `claims`, each once: the disputers of each claim in turn, in the order first met (as claimDisputers). */
export function claimsDisputers(graph: CorpusGraph, claims: readonly string[]): (string | undefined)[] {
  const lists = claims.map((claim) => claimDisputerNumbers(graph, claim));
  const numbering = numberingOf(graph);
  if (numbering.metIn.length < numbering.disputers.length) numbering.metIn = new Uint32Array(2 * numbering.disputers.length);
  const pass = ++numbering.pass;
  const who: (string | undefined)[] = [];
  for (const list of lists)
    for (const number of list)
      if (numbering.metIn[number] !== pass) {
        numbering.metIn[number] = pass;
        who.push(numbering.disputers[number]);
      }
  return who;
}
