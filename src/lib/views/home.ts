import type { CorpusGraph } from '../corpus/graph.ts';
import type { Urls } from '../urls.ts';
import { documentsSummary, type DocumentItem } from './documents.ts';
import { firstOf, type Summary } from './paging.ts';

/** A link to an entity page. */
export interface EntityLink {
  href: string;
  name: string;
}

export interface HomeClaim {
  href: string;
  statement: string;
  /** Documents that carry it. */
  documents: number;
  /** Who disputes it, by name, the first few. */
  disputers: Summary<EntityLink>;
}

export interface HomeView {
  documents: Summary<DocumentItem> & { allHref: string };
  claims: Summary<HomeClaim> & { allHref: string };
  entitiesHref: string;
}

/** Claims the home page lists, and disputers named for each, before the rest are counted. */
export const homeClaimsListed = 30;
export const disputersNamed = 5;

/** Who disputes a claim in a quote, by name, in the order of the passages, each once. */
export function disputersOf(graph: CorpusGraph, urls: Urls, claimId: string): EntityLink[] {
  const ids = [...new Set(graph.disputesOf(claimId).flatMap(({ annotation: a }) => (a.type === 'quote' && a.speaker ? [a.speaker] : [])))];
  return ids.map((id) => ({ href: urls.entity(id), name: graph.entity(id)?.name ?? id }));
}

export function homeView(graph: CorpusGraph, urls: Urls): HomeView {
  const claims = graph.claims.map((c) => ({
    href: urls.claim(c.id),
    statement: c.statement,
    documents: graph.documentsWithClaim(c.id).size,
    disputers: firstOf(disputersOf(graph, urls, c.id), disputersNamed),
  }));
  return {
    documents: documentsSummary(graph, urls),
    claims: { ...firstOf(claims, homeClaimsListed), allHref: urls.claimList() },
    entitiesHref: urls.entityList(),
  };
}
