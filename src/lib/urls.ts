import type { LinkTarget } from './note-text.ts';

/**
 * Every URL the site publishes, built in one place so the `base` path and the
 * URL contract of ARCHITECTURE.md hold everywhere (pages, search, exports).
 */
export interface Urls {
  home(): string;
  document(slug: string, anchor?: string): string;
  entity(id: string): string;
  claim(id: string): string;
  search(query?: string): string;
  annotations(slug: string): string;
  /** How the story travelled: the full diagram. */
  story(): string;
  timeline(): string;
  /** The Open Graph image of a document or a claim page. */
  shareImage(kind: 'document' | 'claim', id: string): string;
  /** The page of one passage (a quote): its words, how they are given, its chain and its citation. */
  passage(slug: string, anchor: string): string;
  /** The index of quoted passages, by speaker (`page` from 1). */
  quotes(page?: number): string;
  /** One speaker's passages (`undefined`: those with no named source), `page` from 1. */
  speakerQuotes(speaker: string | undefined, page?: number): string;
  target(target: LinkTarget): string;
}

/**
 * The path segment of the passages with no named source under /quotes/by/.
 * Entity ids are kebab-case names, so none is spelled like this one.
 */
export const UNATTRIBUTED = 'no-named-source';

/** `base` is Astro's base path ("/" or "/reader/"); `origin` makes URLs absolute when given. */
export function makeUrls(base: string, origin = ''): Urls {
  const root = origin.replace(/\/$/, '') + ('/' + base.replace(/^\/+|\/+$/g, '') + '/').replace(/\/+/g, '/');
  const hash = (anchor?: string) => (anchor ? `#${anchor}` : '');
  const urls: Urls = {
    home: () => root,
    document: (slug, anchor) => `${root}documents/${slug}/${hash(anchor)}`,
    entity: (id) => `${root}entities/${id}/`,
    claim: (id) => `${root}claims/${id}/`,
    search: (query) => `${root}search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
    annotations: (slug) => `${root}annotations/${slug}.jsonld`,
    story: () => `${root}story/`,
    timeline: () => `${root}timeline/`,
    shareImage: (kind, id) => `${root}share/${kind === 'document' ? 'documents' : 'claims'}/${id}.png`,
    passage: (slug, anchor) => `${root}quotes/${slug}/${anchor}/`,
    quotes: (page = 1) => `${root}quotes/${page > 1 ? `${page}/` : ''}`,
    speakerQuotes: (speaker, page = 1) => `${root}quotes/by/${speaker ?? UNATTRIBUTED}/${page > 1 ? `${page}/` : ''}`,
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
