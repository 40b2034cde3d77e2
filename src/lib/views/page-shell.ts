import { pageJsonLd, type JsonLd } from '../export/json-ld.ts';
import { siteFiles } from '../export/site-files.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import { SITE_NAME } from '../labels.ts';
import { pageType, type SearchFacets } from '../search/records.ts';
import { shareMeta } from '../share-images/card.ts';
import { pathBelowBase, type Urls } from '../urls.ts';

/**
 * The shell of every page (the layout): its head (title, canonical URL, Open
 * Graph and Twitter metadata, feed, JSON-LD, search filters) and the site's
 * header and footer links.
 */
export interface PageInfo {
  title: string;
  description: string;
  /** Marks the main content for the search index. */
  indexed: boolean;
  /** Not content (the 404 page): no canonical URL, kept out of search engines. */
  noindex: boolean;
  schemaType?: string;
  /** Extra search filters and metadata for this page (document pages). */
  search?: SearchFacets;
}

export interface PageShell {
  siteName: string;
  /** "<title> · <site name>", or the site's name alone on the home page. */
  pageTitle: string;
  /** Absent on a page served at any address (the 404 page). */
  canonical?: string;
  favicon: string;
  feed: { href: string; title: string };
  /** The page's share image and its text alternative (documents and claims). */
  share?: { image: string; alt: string };
  jsonLd: JsonLd;
  /** `<meta name="search:…">` tags: Pagefind reads filters and metadata anywhere on the page, and they stay out of its text. */
  searchMeta: { name: string; content: string; filter?: string; meta?: string }[];
  home: string;
  nav: { href: string; label: string }[];
  search: string;
  footer: { data: string; feed: string };
}

/** `pathname` is the page's path with the base; `urls` builds links, `absolute` the canonical URL and metadata. */
export function pageShell(graph: CorpusGraph, page: PageInfo, pathname: string, base: string, urls: Urls, absolute: Urls): PageShell {
  const path = pathBelowBase(pathname, base);
  const files = siteFiles(absolute);
  const type = page.indexed ? pageType(path) : undefined;
  const canonical = page.noindex ? undefined : new URL(pathname, absolute.home()).href;
  const filters = Object.entries({ ...(type ? { type: [type] } : {}), ...page.search?.filters }).flatMap(([key, values]) =>
    values.map((value) => ({ name: `search:${key}`, content: value, filter: `${key}[content]` })),
  );
  return {
    siteName: SITE_NAME,
    pageTitle: page.title === SITE_NAME ? page.title : `${page.title} · ${SITE_NAME}`,
    canonical,
    favicon: urls.favicon(),
    feed: { href: files.feed, title: `${SITE_NAME}: documents` },
    share: shareMeta(graph, path, absolute),
    jsonLd: pageJsonLd({ url: canonical, name: page.title, description: page.description, type: page.schemaType }, absolute),
    searchMeta: [
      ...filters,
      ...(type ? [{ name: 'search:kind', content: type, meta: 'type[content]' }] : []),
      ...Object.entries(page.search?.meta ?? {}).map(([key, value]) => ({
        name: `search:${key}`,
        content: value,
        meta: `${key}[content]`,
      })),
    ],
    home: urls.home(),
    nav: [
      { href: urls.documentList(), label: 'Documents' },
      { href: urls.entityList(), label: 'Entities' },
      { href: urls.claimList(), label: 'Claims' },
      { href: urls.quotes(), label: 'Quotes' },
      { href: urls.story(), label: 'Story' },
      { href: urls.timeline(), label: 'Timeline' },
    ],
    search: urls.search(),
    footer: { data: urls.data(), feed: urls.feed() },
  };
}
