import type { LinkTarget } from './notes/note-text.ts';

/**
 * Every URL the site publishes, built in one place so the `base` path and the
 * URL contract of ARCHITECTURE.md hold everywhere (pages, search, exports).
 */
export interface Urls {
  home(): string;
  document(slug: string, anchor?: string): string;
  entity(id: string): string;
  claim(id: string): string;
  /** The search page, with a query and filters (`type`, `speaker`, `outlet`, `entity`) that run on load. */
  search(query?: string, filters?: Record<string, string>): string;
  annotations(slug: string): string;
  /** A document's citations as a file: CSL-JSON (`json`) or BibTeX (`bib`). */
  documentCitations(slug: string, format: CitationFormat): string;
  /** Every passage's citation as one file. */
  quoteCitations(format: CitationFormat): string;
  /** The data page, and the files it offers. */
  data(): string;
  corpus(): string;
  /** Every annotation of every document as one W3C collection. */
  allAnnotations(): string;
  feed(): string;
  sitemap(): string;
  robots(): string;
  favicon(): string;
  /** How the story travelled: the full diagram (`page` from 1: its list in words continues past page 1 when the corpus is too large to draw). */
  story(page?: number): string;
  /** The timeline, `page` from 1. */
  timeline(page?: number): string;
  /** The Open Graph image of a document or a claim page. */
  shareImage(kind: 'document' | 'claim', id: string): string;
  /** The page of one passage (a quote): its words, how they are given, its chain and its citation. */
  passage(slug: string, anchor: string): string;
  /** The index of quoted passages, by speaker (`page` from 1). */
  quotes(page?: number): string;
  /** One speaker's passages (`undefined`: those with no named source), `page` from 1. */
  speakerQuotes(speaker: string | undefined, page?: number): string;
  /** The list of documents, of entities or of claims, `page` from 1. */
  documentList(page?: number): string;
  entityList(page?: number): string;
  claimList(page?: number): string;
  /** Every mention of an entity, by document, `page` from 1 (its own page shows the first few). */
  entityMentions(id: string, page?: number): string;
  /** Every wording of a claim, or every response to it, `page` from 1 (its own page shows the first few). */
  claimWordings(id: string, page?: number): string;
  claimResponses(id: string, page?: number): string;
  target(target: LinkTarget): string;
}

/**
 * The path segment of the passages with no named source under /quotes/by/.
 * Entity ids are kebab-case names, so none is spelled like this one.
 */
export const UNATTRIBUTED = 'no-named-source';

export type CitationFormat = 'json' | 'bib';

/** A base path as Astro's BASE_URL may spell it ("reader", "/reader", "/reader/") made "/reader/"; "" and "/" make "/". */
export function normalizeBase(base: string): string {
  return ('/' + base.replace(/^\/+|\/+$/g, '') + '/').replace(/\/+/g, '/');
}

/** A request's path below the base path, from its leading slash ("/reader/claims/x/" → "/claims/x/"). */
export function pathBelowBase(pathname: string, base: string): string {
  const root = normalizeBase(base);
  return pathname.startsWith(root) ? pathname.slice(root.length - 1) : pathname;
}

/** A link to an element of the same page. */
export const fragment = (id: string): string => `#${id}`;

/** `base` is Astro's base path ("/" or "/reader/"); `origin` makes URLs absolute when given. */
export function makeUrls(base: string, origin = ''): Urls {
  const root = origin.replace(/\/$/, '') + normalizeBase(base);
  const hash = (anchor?: string) => (anchor ? fragment(anchor) : '');
  // Page 1 of a list is the folder itself; the next ones are numbered below it.
  const numbered = (folder: string, page = 1) => `${folder}${page > 1 ? `${page}/` : ''}`;
  const urls: Urls = {
    home: () => root,
    document: (slug, anchor) => `${root}documents/${slug}/${hash(anchor)}`,
    entity: (id) => `${root}entities/${id}/`,
    claim: (id) => `${root}claims/${id}/`,
    search: (query, filters = {}) => {
      const params = Object.entries({ ...(query ? { q: query } : {}), ...filters }).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
      return `${root}search/${params.length > 0 ? `?${params.join('&')}` : ''}`;
    },
    annotations: (slug) => `${root}annotations/${slug}.jsonld`,
    documentCitations: (slug, format) => `${urls.document(slug)}cite.${format}`,
    quoteCitations: (format) => `${root}quotes/cite.${format}`,
    data: () => `${root}data/`,
    corpus: () => `${root}data/corpus.json`,
    allAnnotations: () => `${root}annotations.jsonld`,
    feed: () => `${root}rss.xml`,
    sitemap: () => `${root}sitemap-index.xml`,
    robots: () => `${root}robots.txt`,
    favicon: () => `${root}favicon.svg`,
    story: (page) => numbered(`${root}story/`, page),
    timeline: (page) => numbered(`${root}timeline/`, page),
    shareImage: (kind, id) => `${root}share/${kind === 'document' ? 'documents' : 'claims'}/${id}.png`,
    passage: (slug, anchor) => `${root}quotes/${slug}/${anchor}/`,
    quotes: (page = 1) => `${root}quotes/${page > 1 ? `${page}/` : ''}`,
    speakerQuotes: (speaker, page = 1) => `${root}quotes/by/${speaker ?? UNATTRIBUTED}/${page > 1 ? `${page}/` : ''}`,
    // A list's follow-on pages sit under page/, so a document, entity or claim named "2" keeps its own URL.
    documentList: (page = 1) => (page > 1 ? `${root}documents/page/${page}/` : `${root}documents/`),
    entityList: (page = 1) => (page > 1 ? `${root}entities/page/${page}/` : `${root}entities/`),
    claimList: (page = 1) => (page > 1 ? `${root}claims/page/${page}/` : `${root}claims/`),
    entityMentions: (id, page) => numbered(`${root}entities/${id}/mentions/`, page),
    claimWordings: (id, page) => numbered(`${root}claims/${id}/wordings/`, page),
    claimResponses: (id, page) => numbered(`${root}claims/${id}/responses/`, page),
    target: (t) => {
      switch (t.type) {
        case 'url':
          return t.href;
        case 'entity':
          return urls.entity(t.id);
        case 'claim':
          return urls.claim(t.id);
        case 'document':
          return urls.document(t.id, t.anchor);
      }
    },
  };
  return urls;
}

/**
 * URLs from the site's root, without the base path: how the build names the
 * files it writes and the pages it indexes (the search page adds the base).
 */
export const siteRelativeUrls: Urls = makeUrls('/');
