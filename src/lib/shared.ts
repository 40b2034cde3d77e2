import { wordDiff } from './diff.ts';
import { words } from './words.ts';
import type { CorpusGraph, Located } from './graph.ts';
import { findSharedPassages, type SharedPassage } from './shared-passages.ts';
import type { ClaimRecord, QuoteAnnotation } from './types.ts';

/**
 * What each document shares with the others: tracked claims, quotes (the same
 * speaker's words, or the same unattributed words, in another document) and
 * verbatim passages. Computed once per graph and looked up per document.
 */
export interface DocumentShares {
  claims: { claim: ClaimRecord; here: Located[]; elsewhere: Located[] }[];
  quotes: { quote: Located<QuoteAnnotation>; elsewhere: Located<QuoteAnnotation>[] }[];
  passages: SharedPassage[];
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
  const passages = findSharedPassages(
    graph.documents.map((d) => ({ slug: d.slug, text: d.text, anchors: d.annotations.map(({ anchor, start, end }) => ({ anchor, start, end })) })),
  );
  const result = new Map<string, DocumentShares>(graph.documents.map((d) => [d.slug, { claims: [], quotes: [], passages: passages.get(d.slug) ?? [] }]));

  for (const claim of graph.claims) {
    const all = graph.appearancesOf(claim.id);
    const slugs = new Set(all.map((a) => a.document.slug));
    if (slugs.size < 2) continue;
    for (const slug of slugs) {
      result.get(slug)!.claims.push({ claim, here: all.filter((a) => a.document.slug === slug), elsewhere: all.filter((a) => a.document.slug !== slug) });
    }
  }

  // Quotes are compared only within one speaker's quotes (or within the unattributed ones), and only
  // with quotes that share a run of three words, so the work stays close to linear in the number of quotes.
  const groups = [...graph.entities.map((e) => graph.quotesBy(e.id)), graph.unattributedQuotes];
  for (const group of groups) {
    const trigrams = group.map((q) => {
      const keys = words(q.annotation.exact).map((w) => w.key).filter(Boolean);
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
      if (elsewhere.length > 0) result.get(quote.document.slug)!.quotes.push({ quote, elsewhere });
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
  return all.get(slug) ?? { claims: [], quotes: [], passages: [] };
}
