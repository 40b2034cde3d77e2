import { annotatedItem, looksLikePersonName, originalItem, quoteItem, type CitationSource, type CslItem } from './csl-items.ts';
import type { CorpusGraph, Located } from '../corpus/graph.ts';
import type { Urls } from '../urls.ts';
import type { AnalysedDocument, QuoteAnnotation } from '../corpus/types.ts';

/**
 * Citation items for the pages: a document's data with its ids resolved to
 * names. Person names come from one index per graph, built once.
 */
const entityKinds = new WeakMap<CorpusGraph, Map<string, string>>();

/**
 * Whether a byline names a person: as its entity file says when it has one
 * (by name or alias), else by the shape of the name (looksLikePersonName).
 */
function isPerson(graph: CorpusGraph, name: string): boolean {
  let kinds = entityKinds.get(graph);
  if (!kinds) {
    kinds = new Map(graph.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [n.toLowerCase(), e.kind] as const)));
    entityKinds.set(graph, kinds);
  }
  const kind = kinds.get(name.toLowerCase());
  return kind ? kind === 'person' : looksLikePersonName(name);
}

export function citationSource(graph: CorpusGraph, document: AnalysedDocument): CitationSource {
  const d = document.data;
  const name = (id: string | undefined) => (id ? graph.entity(id!)?.name : undefined);
  const byline = d.author?.split('|')[0]?.trim();
  return {
    slug: document.slug,
    title: d.title,
    byline: d.author,
    bylineIsPerson: !!byline && isPerson(graph, byline),
    outlet: name(d.publisher),
    originalOutlet: name(d.originalPublisher),
    published: d.published,
    originalPublished: d.originalPublished,
    url: d.url,
    language: d.language,
  };
}

/** The document's CSL-JSON: the article as published, then the annotated page. */
export function documentItems(graph: CorpusGraph, document: AnalysedDocument, urls: Urls): [CslItem, CslItem] {
  const src = citationSource(graph, document);
  return [originalItem(src), annotatedItem(src, urls.document(document.slug))];
}

/** A quote's citation: the passage's own page (its permalink). */
export function quoteCitation(graph: CorpusGraph, { document, annotation: q }: Located<QuoteAnnotation>, urls: Urls): CslItem {
  const speaker = q.speaker ? graph.entity(q.speaker)?.name : undefined;
  return quoteItem(citationSource(graph, document), { anchor: q.anchor, speaker, mode: q.mode }, urls.passage(document.slug, q.anchor));
}

/** Every quote's item, grouped as on the quotes page: by speaker (by name), then the unattributed ones. */
export function allQuoteItems(graph: CorpusGraph, urls: Urls): CslItem[] {
  const quotes = [...graph.entities.flatMap((e) => graph.quotesBy(e.id)), ...graph.unattributedQuotes];
  return quotes.map((q) => quoteCitation(graph, q, urls));
}
