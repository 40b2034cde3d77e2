import { wordDiff } from '../text/diff.ts';
import { words } from '../text/words.ts';
import type { CorpusGraph, Located } from '../corpus/graph.ts';
import type { SharedPassage } from '../text/shared-passages.ts';
import { sharedPassagesOf } from '../corpus/shared-passages.ts';
import type { ClaimRecord, QuoteAnnotation } from '../corpus/types.ts';

/**
 * Other documents named per shared claim or quote, and shared passages listed
 * per document. The rest are counted, not listed: a document page must not
 * grow with the corpus (a claim repeated in every document would otherwise
 * list every document on every page).
 */
export const sharesListed = 5;

/**
 * What each document shares with the others: tracked claims, quotes (the same
 * speaker's words, or the same unattributed words, in another document) and
 * verbatim passages. Computed once per graph and looked up per document.
 */
export interface DocumentShares {
  claims: {
    claim: ClaimRecord;
    /** This document's passages with the claim. */
    here: Located[];
    /** Up to `sharesListed` other documents, each as its passages with the claim, in corpus order. */
    elsewhere: Located[][];
    /** Other documents with the claim beyond those listed (all are on the claim page). */
    moreDocuments: number;
  }[];
  quotes: {
    quote: Located<QuoteAnnotation>;
    /** Up to `sharesListed` quotes in other documents with mostly the same words. */
    elsewhere: Located<QuoteAnnotation>[];
    /** Such quotes beyond those listed. */
    more: number;
  }[];
  /** Up to `sharesListed` × 2 passages, in text order. */
  passages: SharedPassage[];
  /** Shared passages beyond those listed. */
  morePassages: number;
}

/** Two wordings of one quote when at least this share of the shorter one's words is common to both. */
export const QUOTE_OVERLAP = 0.6;

function sameWords(a: string, b: string): boolean {
  const diff = wordDiff(a, b);
  const same = diff.tokens.filter((t) => t.op === 'same').length;
  const shorter = Math.min(same + diff.removed, same + diff.added);
  return shorter > 0 && same / shorter >= QUOTE_OVERLAP;
}

const memo = new WeakMap<CorpusGraph, Map<string, DocumentShares>>();

function compute(graph: CorpusGraph): Map<string, DocumentShares> {
  const passages = sharedPassagesOf(graph);
  const passagesListed = 2 * sharesListed;
  const result = new Map<string, DocumentShares>(
    graph.documents.map((d) => {
      const all = passages.get(d.slug) ?? [];
      return [
        d.slug,
        { claims: [], quotes: [], passages: all.slice(0, passagesListed), morePassages: Math.max(0, all.length - passagesListed) },
      ];
    }),
  );

  for (const claim of graph.claims) {
    // Passages grouped by document, in corpus order; each document then names
    // the first few others, so the work is linear in the appearances.
    const byDocument = new Map<string, Located[]>();
    for (const a of graph.appearancesOf(claim.id)) byDocument.set(a.document.slug, [...(byDocument.get(a.document.slug) ?? []), a]);
    if (byDocument.size < 2) continue;
    const groups = [...byDocument.values()];
    const firstFew = groups.slice(0, sharesListed + 1);
    for (const [slug, here] of byDocument) {
      const elsewhere = firstFew.filter((g) => g[0]!.document.slug !== slug).slice(0, sharesListed);
      result.get(slug)!.claims.push({ claim, here, elsewhere, moreDocuments: byDocument.size - 1 - elsewhere.length });
    }
  }

  // Quotes are compared only within one speaker's quotes (or within the unattributed ones), and only
  // with quotes that share a run of three words, so the work stays close to linear in the number of quotes.
  const groups = [...graph.entities.map((e) => graph.quotesBy(e.id)), graph.unattributedQuotes];
  for (const group of groups) {
    const trigrams = group.map((q) => {
      const keys = words(q.annotation.exact)
        .map((w) => w.key)
        .filter(Boolean);
      return keys.length < 3 ? [keys.join(' ')] : keys.slice(2).map((_, i) => keys.slice(i, i + 3).join(' '));
    });
    const index = new Map<string, Set<number>>();
    trigrams.forEach((list, i) => list.forEach((t) => index.set(t, (index.get(t) ?? new Set()).add(i))));
    group.forEach((quote, i) => {
      const candidates = new Set(trigrams[i]!.flatMap((t) => [...index.get(t)!]));
      const elsewhere = [...candidates]
        .sort((a, b) => a - b)
        .map((j) => group[j]!)
        .filter((o) => o.document.slug !== quote.document.slug && sameWords(quote.annotation.exact, o.annotation.exact));
      if (elsewhere.length > 0)
        result
          .get(quote.document.slug)!
          .quotes.push({ quote, elsewhere: elsewhere.slice(0, sharesListed), more: Math.max(0, elsewhere.length - sharesListed) });
    });
  }
  return result;
}

export function sharesOf(graph: CorpusGraph, slug: string): DocumentShares {
  let all = memo.get(graph);
  if (!all) {
    all = compute(graph);
    memo.set(graph, all);
  }
  return all.get(slug) ?? { claims: [], quotes: [], passages: [], morePassages: 0 };
}
