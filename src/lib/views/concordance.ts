import { wordDiff } from '../text/diff.ts';
import type { CorpusGraph, Located } from '../corpus/graph.ts';
import { closenessGroups } from './closeness-groups.ts';
import type { ClaimAnnotation, ClaimRecord, QuoteAnnotation } from '../corpus/types.ts';
import { words } from '../text/words.ts';

/**
 * A claim's wordings, grouped by how close their texts are: near-verbatim
 * copies of one text (the same article relayed by several outlets) form a
 * group, compared word by word with the group's oldest wording; a wording
 * with no close copy stands alone. No wording is compared with one it does
 * not copy, so nothing is struck through that was never there: standalone
 * wordings (paraphrases, other reports) instead mark the figures and key
 * terms they share with the claim's other wordings.
 */

/** Two wordings are near-verbatim copies when this share of the shorter one's words is common to both, in order. */
export const NEAR_VERBATIM = 0.8;

export type WordingOp = 'same' | 'added' | 'removed' | 'shared';
export interface WordingToken {
  op: WordingOp;
  text: string;
}

type Span = QuoteAnnotation | ClaimAnnotation;

export interface ConcordanceWording {
  at: Located<Span>;
  tokens: WordingToken[];
  /** `base`: the group's oldest wording, the one the others are compared with; `copy`: compared with the base; `alone`: no close copy. */
  role: 'base' | 'copy' | 'alone';
  /** For a copy: the wording it is compared with. */
  comparedWith?: Located<Span>;
  added: number;
  removed: number;
  identical: boolean;
}

export interface WordingGroup {
  wordings: ConcordanceWording[];
}

/** Words too common to say that two wordings share a term. */
const STOPWORDS = new Set(
  'a about after also an and are as at be been but by for from had has have he her his in into is it its more not of on or said says than that the their them there these they this to was were which who will with would'.split(
    ' ',
  ),
);

/** Keys of the terms a wording could share with others: figures (any word with a digit) and words of four letters or more that are not common. */
function terms(text: string): Set<string> {
  return new Set(
    words(text)
      .map((w) => w.key)
      .filter((k) => /\d/.test(k) || (k.length >= 4 && !STOPWORDS.has(k))),
  );
}

/** The asserting wordings of a claim in date order, grouped by closeness to each group's first wording. */
export function groupWordings(wordings: Located<Span>[], near = NEAR_VERBATIM): Located<Span>[][] {
  return closenessGroups(wordings, (at) => at.annotation.exact, near);
}

function marked(text: string, shared: Set<string>): WordingToken[] {
  return words(text).map((w) => ({ op: shared.has(w.key) ? 'shared' : 'same', text: w.text }));
}

/** The concordance of a claim's asserting wordings (in the graph's date order). */
export function concordance(claim: ClaimRecord, wordings: Located<Span>[]): WordingGroup[] {
  const groups = groupWordings(wordings);
  // A term is shared when wordings of two groups or more hold it, or it is one of the claim's figures.
  const figureTerms = new Set(
    claim.figures.flatMap((f) => words(f).map((w) => w.key)).filter((k) => /\d/.test(k) || (k.length >= 4 && !STOPWORDS.has(k))),
  );
  const groupsWith = new Map<string, number>();
  for (const g of groups)
    for (const t of new Set(g.flatMap((at) => [...terms(at.annotation.exact)]))) groupsWith.set(t, (groupsWith.get(t) ?? 0) + 1);
  const shared = new Set([...figureTerms, ...[...groupsWith].filter(([, n]) => n >= 2).map(([t]) => t)]);
  return groups.map((g) => {
    const base = g[0]!;
    const baseWording: ConcordanceWording = {
      at: base,
      tokens: marked(base.annotation.exact, shared),
      role: g.length > 1 ? 'base' : 'alone',
      added: 0,
      removed: 0,
      identical: false,
    };
    const copies = g.slice(1).map((at): ConcordanceWording => {
      const diff = wordDiff(base.annotation.exact, at.annotation.exact);
      return {
        at,
        tokens: diff.tokens,
        role: 'copy',
        comparedWith: base,
        added: diff.added,
        removed: diff.removed,
        identical: diff.identical,
      };
    });
    return { wordings: [baseWording, ...copies] };
  });
}

/** The earliest dated appearance of a claim (asserting), if any document that carries it is dated. */
export function firstDated(graph: CorpusGraph, claimId: string): Located | undefined {
  let first: Located | undefined;
  for (const at of graph.appearancesOf(claimId)) {
    const date = at.document.data.published;
    if (date === undefined || (at.annotation as Span).stance === 'disputes') continue;
    if (!first || date < first.document.data.published!) first = at;
  }
  return first;
}

/** Characters of a wording shown struck through (left out of a copy). */
export const struckCharacters = (groups: WordingGroup[]): number =>
  groups.reduce(
    (n, g) => n + g.wordings.reduce((m, w) => m + w.tokens.filter((t) => t.op === 'removed').reduce((k, t) => k + t.text.length, 0), 0),
    0,
  );
