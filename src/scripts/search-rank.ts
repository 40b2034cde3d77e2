// Which of Pagefind's results to show, and in what order. Pagefind matches a
// query word against any indexed word it begins, and when a word is in no
// page at all it falls back to the longest indexed word that begins the query
// ("Mosulawi" finds "Mosul"). From each loaded result's text and searched
// metadata, this keeps a result only when every query word
// matches one of its words exactly (or as an inflection: "pipelines" for
// "pipeline"), or begins one and is at least four letters long; exact
// matches come first and, for a phrase in double quotes, passages before
// whole pages.

/** A query word shorter than this never matches as a prefix alone ("oi" does not find "oil"). */
export const MIN_PREFIX = 4;

/** Endings that make one form of a word from another, as Pagefind's stemmer joins them. */
const INFLECTIONS = new Set([
  '',
  's',
  'es',
  'ed',
  'd',
  'ing',
  'e',
  'er',
  'ers',
  'est',
  'ly',
  'y',
  'ies',
  'ied',
  'ion',
  'ions',
  'ment',
  'ments',
  "'s",
  'al',
]);

/** Comparison form of a word: lower case, no diacritics, straight apostrophes, no punctuation around it. */
export function searchKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of a query, as keys; a phrase in double quotes gives its words. */
export function queryTerms(query: string): string[] {
  return query.replace(/["“”]/g, ' ').split(/\s+/).map(searchKey).filter(Boolean);
}

export const isPhrase = (query: string): boolean => /^\s*["“].+["”]\s*$/.test(query);

/** Where the words of a phrase start, in a row, in a list of word keys. */
export function phraseStarts(keys: string[], terms: string[]): number[] {
  const starts: number[] = [];
  for (let i = 0; i + terms.length <= keys.length; i++) if (terms.every((t, j) => keys[i + j] === t)) starts.push(i);
  return starts;
}

/** Whether a text holds the words of a phrase in a row (case, accents and punctuation aside). */
export function holdsPhrase(text: string, terms: string[]): boolean {
  return (
    terms.length === 0 ||
    phraseStarts(
      text
        .split(/[\s\-–—/]+/)
        .map(searchKey)
        .filter(Boolean),
      terms,
    ).length > 0
  );
}

export type Match = 'exact' | 'prefix' | 'none';

/** How a query word matches one word of a page. */
export function matchWord(term: string, word: string): Match {
  if (term === word) return 'exact';
  let common = 0;
  while (common < term.length && common < word.length && term[common] === word[common]) common++;
  if (common >= 3 && INFLECTIONS.has(term.slice(common)) && INFLECTIONS.has(word.slice(common))) return 'exact';
  if (common === term.length && term.length >= MIN_PREFIX) return 'prefix';
  return 'none';
}

const rank: Record<Match, number> = { exact: 2, prefix: 1, none: 0 };

/** What a search result carries that tells how it matched. */
export interface Matched {
  /** The page's indexed text. */
  content: string;
  /** Metadata Pagefind also searches (title, names). */
  meta: Record<string, string>;
}

/**
 * The weakest match of any query word against the words of the result's text
 * and metadata. (Every word, not only those at Pagefind's match positions:
 * Pagefind counts positions its own way, hyphenated words for one.)
 */
export function resultMatch(terms: string[], result: Matched): Match {
  const words = [
    ...new Set(
      `${result.content} ${Object.values(result.meta).join(' ')}`
        .split(/[\s\-–—/]+/)
        .map(searchKey)
        .filter(Boolean),
    ),
  ];
  let weakest: Match = 'exact';
  for (const term of terms) {
    let best: Match = 'none';
    for (const word of words) {
      const m = matchWord(term, word);
      if (rank[m] > rank[best]) best = m;
      if (best === 'exact') break;
    }
    if (rank[best] < rank[weakest]) weakest = best;
    if (weakest === 'none') break;
  }
  return weakest;
}

/**
 * The results to show, in order: those where every query word matched, exact
 * matches before prefix matches; for a phrase, passages
 * before other pages. Pagefind's order is kept otherwise.
 */
export function rankResults<R extends Matched>(query: string, results: R[]): R[] {
  const terms = queryTerms(query);
  const phrase = isPhrase(query);
  const scored = results
    .map((result, order) => ({ result, order, match: terms.length === 0 ? 'exact' : resultMatch(terms, result) }))
    .filter((r) => r.match !== 'none');
  const passageFirst = (r: (typeof scored)[number]) => (phrase && r.result.meta.type === 'quote' ? 0 : 1);
  return scored
    .sort((a, b) => passageFirst(a) - passageFirst(b) || rank[b.match] - rank[a.match] || a.order - b.order)
    .map((r) => r.result);
}
