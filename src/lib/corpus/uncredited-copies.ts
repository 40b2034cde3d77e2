import type { CorpusGraph } from './graph.ts';
import { MIN_SHARED_WORDS, type SharedPassage } from '../text/shared-passages.ts';
import { sharedPassagesOf } from './shared-passages.ts';
import type { AnalysedDocument } from './types.ts';

/**
 * Copies made without credit: a document that names no publisher and credits
 * no original, yet shares an outlet's own wording with a copy of that outlet's
 * article. Only the outlet's own wording counts: words inside a direct
 * quotation are the speaker's, and two documents quoting the same speaker
 * share them without copying each other. The direction is only taken where the
 * documents say it: the outlet is named on one copy and the other credits none.
 */
export interface UncreditedCopy {
  /** The document that carries the wording without credit. */
  copy: string;
  /** The outlet whose wording it is (the other document's original publisher, or its publisher). */
  outlet: string;
  /** The credited copy of that outlet's article in the corpus. */
  from: string;
  /** Passages of `copy` shared with `from`, in text order. */
  passages: SharedPassage[];
  /** Shared words outside direct quotations. */
  ownWords: number;
  /** Anchors of the annotations in `copy` that lie in a shared passage. */
  anchors: string[];
}

/** The outlet a document credits as the author of its wording, if it names one. */
export function creditedOutlet(d: AnalysedDocument): string | undefined {
  if (d.data.originalPublisher) return d.data.originalPublisher;
  return d.data.publisher;
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words of the passage [start, end) of the document that no direct quotation covers. */
export function wordsOutsideQuotes(d: AnalysedDocument, start: number, end: number): number {
  const quotes = d.annotations
    .filter((a) => a.type === 'quote' && a.mode === 'direct' && a.end > start && a.start < end)
    .map((a) => [Math.max(a.start, start), Math.min(a.end, end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let count = 0;
  let at = start;
  for (const [s, e] of quotes) {
    if (s > at) count += wordCount(d.text.slice(at, s));
    at = Math.max(at, e);
  }
  if (at < end) count += wordCount(d.text.slice(at, end));
  return count;
}

const memo = new WeakMap<CorpusGraph, UncreditedCopy[]>();

/** Every uncredited copy in the corpus, by copy then outlet; computed once per graph. */
export function uncreditedCopies(graph: CorpusGraph): UncreditedCopy[] {
  const known = memo.get(graph);
  if (known) return known;
  const shared = sharedPassagesOf(graph);
  const result: UncreditedCopy[] = [];
  for (const copy of graph.documents) {
    if (creditedOutlet(copy)) continue;
    const byOther = new Map<string, SharedPassage[]>();
    for (const p of shared.get(copy.slug) ?? []) byOther.set(p.other, [...(byOther.get(p.other) ?? []), p]);
    for (const [slug, passages] of byOther) {
      const from = graph.document(slug)!;
      const outlet = creditedOutlet(from);
      if (!outlet) continue;
      const ownWords = passages.reduce((n, p) => n + wordsOutsideQuotes(copy, p.start, p.end), 0);
      if (ownWords < MIN_SHARED_WORDS) continue;
      const anchors = copy.annotations
        .filter((a) => (a.type === 'quote' || a.type === 'claim') && passages.some((p) => a.start < p.end && a.end > p.start))
        .map((a) => a.anchor);
      result.push({ copy: copy.slug, outlet, from: slug, passages, ownWords, anchors });
    }
  }
  memo.set(graph, result);
  return result;
}
