import type { CorpusGraph, Located } from '../corpus/graph.ts';
import type { QuoteAnnotation } from '../corpus/types.ts';
import { words } from '../text/words.ts';

/**
 * Other copies and wordings of a quote's words across the corpus, whoever the
 * documents credit them to: the same words relayed by another outlet, or a
 * copy that drops the speaker's name. Closeness is the share of the shorter
 * wording's words that both have in the same order, so a reworded sentence
 * that repeats a few terms does not count as a copy.
 */
export interface PassageCopy {
  at: Located<QuoteAnnotation>;
  /** Share (0-1) of the shorter wording's words both wordings have, in order. */
  closeness: number;
  /** Every word the same (case, quote style and punctuation aside). */
  identical: boolean;
}

/** Two wordings are copies of one text when this share of the shorter one's words is common to both. */
export const COPY_CLOSENESS = 0.6;
/** Runs of three words held by more quotes than this say nothing about which quotes are copies, and are skipped. */
const COMMON_TRIGRAM = 64;

/** The keys of a wording's words, in order (case, quote style and punctuation aside). */
export const keysOf = (text: string) =>
  words(text)
    .map((w) => w.key)
    .filter(Boolean);

/** Length of the longest common subsequence of two lists of keys (wordings are sentences, so this stays small). */
function commonInOrder(a: string[], b: string[]): number {
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** Closeness of two wordings (see PassageCopy.closeness); 1 for the same words. */
export function closeness(a: string, b: string): number {
  const ka = keysOf(a);
  const kb = keysOf(b);
  const shorter = Math.min(ka.length, kb.length);
  return shorter === 0 ? 0 : commonInOrder(ka, kb) / shorter;
}

/** Each key of a wording with the number of times it occurs. */
function keyCounts(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * Compares many wordings with a few, as a claim's concordance does (each
 * wording with the first of every group so far): `closeness(a, b) >= near`,
 * with each wording's words read once, and the costly in-order count skipped
 * when the words the two have in common, in any order, already fall short.
 */
export function closenessTest(near: number): (a: string, b: string) => boolean {
  const read = new Map<string, { keys: string[]; counts: Map<string, number> }>();
  const of = (text: string) => {
    let r = read.get(text);
    if (!r) {
      const keys = keysOf(text);
      read.set(text, (r = { keys, counts: keyCounts(keys) }));
    }
    return r;
  };
  return (a, b) => {
    const ra = of(a);
    const rb = of(b);
    const shorter = Math.min(ra.keys.length, rb.keys.length);
    if (shorter === 0) return false;
    let common = 0;
    for (const [k, n] of ra.counts) common += Math.min(n, rb.counts.get(k) ?? 0);
    if (common / shorter < near) return false;
    return commonInOrder(ra.keys, rb.keys) / shorter >= near;
  };
}

/** Whether two wordings have the same words (case, quote style and punctuation aside). */
export function sameWords(a: string, b: string): boolean {
  const ka = keysOf(a);
  const kb = keysOf(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

const memo = new WeakMap<CorpusGraph, Map<QuoteAnnotation, PassageCopy[]>>();

/**
 * Every quote's copies, computed once per graph. Quotes are compared only with
 * quotes that share a run of three words, through one index of those runs, so
 * the work stays close to linear in the number of quotes.
 */
function compute(graph: CorpusGraph): Map<QuoteAnnotation, PassageCopy[]> {
  const quotes = graph.documents.flatMap((document) =>
    document.annotations.filter((a): a is QuoteAnnotation => a.type === 'quote').map((annotation) => ({ document, annotation })),
  );
  const keys = quotes.map((q) => keysOf(q.annotation.exact));
  const trigrams = keys.map((k) =>
    k.length < 3 ? [k.join(' ')] : [...new Set(k.slice(2).map((_, i) => `${k[i]} ${k[i + 1]} ${k[i + 2]}`))],
  );
  const index = new Map<string, number[]>();
  trigrams.forEach((list, i) =>
    list.forEach((t) => {
      const holders = index.get(t);
      if (holders) holders.push(i);
      else index.set(t, [i]);
    }),
  );
  const result = new Map<QuoteAnnotation, PassageCopy[]>();
  quotes.forEach((quote, i) => {
    const candidates = new Set<number>();
    for (const t of trigrams[i]!) {
      const holders = index.get(t)!;
      if (holders.length <= COMMON_TRIGRAM) for (const j of holders) if (j !== i) candidates.add(j);
    }
    const copies: PassageCopy[] = [];
    for (const j of [...candidates].sort((a, b) => a - b)) {
      const other = quotes[j]!;
      if (other.document === quote.document && other.annotation.anchor === quote.annotation.anchor) continue;
      const shorter = Math.min(keys[i]!.length, keys[j]!.length);
      const share = shorter === 0 ? 0 : commonInOrder(keys[i]!, keys[j]!) / shorter;
      if (share < COPY_CLOSENESS) continue;
      const identical = keys[i]!.length === keys[j]!.length && keys[i]!.every((k, n) => k === keys[j]![n]);
      copies.push({ at: other, closeness: share, identical });
    }
    result.set(quote.annotation, copies);
  });
  return result;
}

/** The other copies of a quote's words, in corpus order (oldest document first). */
export function copiesOf(graph: CorpusGraph, quote: Located<QuoteAnnotation>): PassageCopy[] {
  let all = memo.get(graph);
  if (!all) memo.set(graph, (all = compute(graph)));
  return all.get(quote.annotation) ?? [];
}
