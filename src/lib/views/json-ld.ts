import { claimJsonLd, documentJsonLd, entityJsonLd } from '../export/json-ld-records.ts';
import type { JsonLd } from '../export/json-ld.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import type { Urls } from '../urls.ts';
import { wordingsListed } from './claim.ts';
import { documentsListed } from './entity.ts';

/** What a page's JSON-LD is about: one document, entity or claim. */
export interface JsonLdSubject {
  document?: string;
  entity?: string;
  claim?: string;
}

/**
 * The schema.org node of the document, entity or claim a page is about; `urls`
 * must be absolute. An entity's or claim's node describes the passages its page lists.
 */
export function jsonLdFor(graph: CorpusGraph, { document, entity, claim }: JsonLdSubject, urls: Urls): JsonLd {
  const d = document ? graph.document(document) : undefined;
  if (d) return documentJsonLd(graph, d, urls);
  const e = !document && entity ? graph.entity(entity) : undefined;
  if (e) return entityJsonLd(graph, e, urls, documentsListed);
  const c = !document && !entity && claim ? graph.claim(claim) : undefined;
  if (c) return claimJsonLd(graph, c, urls, wordingsListed);
  throw new Error(`JsonLd: nothing to describe (document=${document}, entity=${entity}, claim=${claim})`);
}
