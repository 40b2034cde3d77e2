/**
 * Lists that grow with the corpus are cut into numbered pages of a fixed
 * size, or summarised with a link to those pages, so that no page of the site
 * grows with the corpus. Page 1 is the list's own address; the URLs come from
 * urls.ts.
 */
export interface PageLink {
  page: number;
  href: string;
}

export interface Paged<T> {
  /** 1-based. */
  page: number;
  items: T[];
  /** Position in the whole list of this page's first item, from 1. */
  start: number;
  total: number;
  /** Every page of the list; one entry when the list fits on one page. */
  pageLinks: PageLink[];
}

/** `items` cut into pages of `size`: always at least one page, empty when there are no items. */
export function paginate<T>(items: readonly T[], size: number, href: (page: number) => string): Paged<T>[] {
  if (!(size >= 1)) throw new Error(`a page holds at least one item (asked for ${size})`);
  const count = Math.max(1, Math.ceil(items.length / size));
  const pageLinks = Array.from({ length: count }, (_, i) => ({ page: i + 1, href: href(i + 1) }));
  return pageLinks.map(({ page }) => ({
    page,
    items: items.slice((page - 1) * size, page * size),
    start: (page - 1) * size + 1,
    total: items.length,
    pageLinks,
  }));
}

/** The first `limit` of a list, with how many are left out. */
export interface Summary<T> {
  shown: T[];
  total: number;
  /** How many are not shown: 0 when all are. */
  more: number;
}

export function firstOf<T>(items: readonly T[], limit: number): Summary<T> {
  const shown = items.slice(0, limit);
  return { shown, total: items.length, more: items.length - shown.length };
}
