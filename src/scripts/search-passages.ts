// A document page's quoted passages, taken from its search result: each
// passage's element is one of the anchors of the page's Pagefind record,
// titled with its facts as JSON (src/lib/search/records.ts), and the search
// page shows each as a result of its own, as if it had a record of its own:
// labelled with how it is given, linked to its own page, its words as the
// excerpt.
import type { PassageFacts } from '../lib/search/records.ts';
import { isPhrase, matchWord, phraseStarts, queryTerms, searchKey } from './search-rank.ts';
import type { ResultData } from './search-links.ts';

/** An element with an id in a page's Pagefind record. */
export interface Anchor {
  element: string;
  id: string;
  /** The element's own text. */
  text: string;
  /** Its data-pagefind-title, when it has one. */
  title?: string;
  /** The position of its first word in the page's text. */
  location: number;
}

/** A page's search result, as Pagefind loads it. */
export interface PageResult extends ResultData {
  content: string;
  anchors?: Anchor[];
}

/** The filters a search can set (src/scripts/search.ts). */
export type Filters = Partial<Record<'type' | 'speaker' | 'outlet' | 'entity', string>>;

/** Whether a passage passes the filters set: each is checked on the passage itself, not on its page. */
export function passageFilter(facts: PassageFacts, filters: Filters): boolean {
  return (
    (!filters.type || filters.type === 'quote') &&
    (!filters.speaker || facts.speaker === filters.speaker) &&
    (!filters.outlet || facts.outlet.includes(filters.outlet)) &&
    (!filters.entity || facts.entity.includes(filters.entity))
  );
}

/** Whether the page itself is a result under these filters: a speaker, and the type `quote`, are the passages'. */
export const pageFilter = (filters: Filters): boolean => !filters.speaker && filters.type !== 'quote';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The passage's words as an excerpt, as Pagefind writes one: escaped, with
 * the words the query finds in <mark>; for a phrase, only where its words
 * come in a row.
 */
export function passageExcerpt(text: string, query: string): string {
  const terms = queryTerms(query);
  const parts = text.split(/(\s+)/);
  const keys = parts.map((part, i) => (i % 2 === 0 ? searchKey(part) : ''));
  const marked = new Set<number>();
  if (isPhrase(query)) {
    const words = keys.flatMap((key, i) => (key ? [i] : []));
    const wordKeys = words.map((i) => keys[i]!);
    for (const start of phraseStarts(wordKeys, terms)) for (let j = 0; j < terms.length; j++) marked.add(words[start + j]!);
  } else {
    keys.forEach((key, i) => {
      if (key && terms.some((t) => matchWord(t, key) !== 'none')) marked.add(i);
    });
  }
  return parts.map((part, i) => (marked.has(i) ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part))).join('');
}

/** Every passage of a page's result that passes the filters, as a result of its own; `root` is the site's base path. */
export function passageResults(page: PageResult, filters: Filters, query: string, root: string): PageResult[] {
  const results: PageResult[] = [];
  for (const anchor of page.anchors ?? []) {
    if (!anchor.title?.startsWith('{')) continue;
    let facts: PassageFacts;
    try {
      facts = JSON.parse(anchor.title) as PassageFacts;
    } catch {
      continue;
    }
    if (!passageFilter(facts, filters)) continue;
    results.push({
      url: `${root}${facts.url.replace(/^\//, '')}`,
      content: anchor.text,
      excerpt: passageExcerpt(anchor.text, query),
      meta: {
        type: 'quote',
        title: facts.title ?? anchor.text,
        label: facts.label,
        speaker: facts.speaker,
        document: page.meta.title ?? '',
      },
    });
  }
  return results;
}
