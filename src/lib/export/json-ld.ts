// schema.org JSON-LD shared by every page: the site and the page (WebSite,
// WebPage), the references one node makes to another, and the serialisation.
// The nodes for documents, entities, claims and the data downloads are in
// json-ld-records.ts.
//
// Pure functions of the corpus graph and absolute URLs. Nothing here rates a
// claim: there is no ClaimReview, only who made a claim and where it appears.
// Fields the content does not know (an unknown date, publisher or address)
// are left out, never guessed.
import type { CorpusGraph } from '../corpus/graph.ts';
import type { AnalysedDocument, ClaimRecord, EntityRecord } from '../corpus/types.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import type { Urls } from '../urls.ts';
import { SITE_NAME } from '../labels.ts';

export const SCHEMA_CONTEXT = 'https://schema.org';
export const SITE_DESCRIPTION = 'Documents about one disputed story, with notes on who said what, through whom, and who disputes it.';

export type JsonLd = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

/** The schema.org type of each kind of entity. */
export const entityTypes: Record<EntityKind, string> = {
  person: 'Person',
  organization: 'Organization',
  outlet: 'NewsMediaOrganization',
  place: 'Place',
  event: 'Event',
};

/** Node identifiers: the page URL with a fragment naming what the page is about. */
export const ids = {
  website: (urls: Urls) => `${urls.home()}#website`,
  article: (urls: Urls, slug: string) => `${urls.document(slug)}#article`,
  entity: (urls: Urls, id: string) => `${urls.entity(id)}#entity`,
  claim: (urls: Urls, id: string) => `${urls.claim(id)}#claim`,
};

/** Drops keys whose value is undefined or an empty array, so unknown fields are simply absent. */
export function compact(node: Record<string, JsonLdValue | undefined>): JsonLd {
  const out: JsonLd = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

/** A short reference to an entity: enough to read on its own, with the @id to merge on. */
export function entityRef(entity: EntityRecord, urls: Urls): JsonLd {
  return { '@type': entityTypes[entity.kind], '@id': ids.entity(urls, entity.id), name: entity.name, url: urls.entity(entity.id) };
}

export function refById(graph: CorpusGraph, id: string, urls: Urls): JsonLd | undefined {
  const entity = graph.entity(id);
  return entity ? entityRef(entity, urls) : undefined;
}

export function articleRef(document: AnalysedDocument, urls: Urls): JsonLd {
  return {
    '@type': 'NewsArticle',
    '@id': ids.article(urls, document.slug),
    headline: document.data.title,
    url: urls.document(document.slug),
  };
}

export function claimRef(claim: ClaimRecord, urls: Urls): JsonLd {
  return { '@type': 'Claim', '@id': ids.claim(urls, claim.id), name: claim.label ?? claim.statement, url: urls.claim(claim.id) };
}

/** The site itself, with the search page as its SearchAction. */
export function websiteNode(urls: Urls): JsonLd {
  return {
    '@type': 'WebSite',
    '@id': ids.website(urls),
    name: SITE_NAME,
    description: SITE_DESCRIPTION,
    url: urls.home(),
    inLanguage: 'en',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${urls.search()}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export interface PageInfo {
  /** Absolute URL of the page; absent for a page served at any address (the 404 page). */
  url?: string;
  name: string;
  description?: string;
  /** WebPage or one of its subtypes (CollectionPage, SearchResultsPage, …). */
  type?: string;
}

/** What every page carries: the site, and the page as part of it. */
export function pageJsonLd(page: PageInfo, urls: Urls): JsonLd {
  return {
    '@context': SCHEMA_CONTEXT,
    '@graph': [
      websiteNode(urls),
      compact({
        '@type': page.type ?? 'WebPage',
        '@id': page.url,
        url: page.url,
        name: page.name,
        description: page.description,
        inLanguage: 'en',
        isPartOf: { '@id': ids.website(urls) },
      }),
    ],
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped so
 * no value can close the element or open a comment, and the line separators
 * JavaScript once treated as line ends are escaped too. The JSON is unchanged.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
