import type { Urls } from '../urls.ts';

/** The search page's form: where it submits, its example, and its filters (filled from the index by the page's script). */
export interface SearchPageView {
  action: string;
  home: string;
  /** The phrase the hint shows, and its search. */
  example: { phrase: string; href: string };
  filters: { key: string; label: string; any: string; id: string }[];
}

export const searchFilters = [
  { key: 'type', label: 'Type', any: 'Any type' },
  { key: 'speaker', label: 'Speaker', any: 'Any speaker' },
  { key: 'outlet', label: 'Outlet', any: 'Any outlet' },
  { key: 'entity', label: 'Mentions', any: 'Anyone or anything' },
] as const;

export function searchPageView(urls: Urls): SearchPageView {
  const phrase = '"live oil pipelines"';
  return {
    action: urls.search(),
    home: urls.home(),
    example: { phrase, href: urls.search(phrase) },
    filters: searchFilters.map((f) => ({ ...f, id: `filter-${f.key}` })),
  };
}
