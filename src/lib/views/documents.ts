import type { CorpusGraph } from '../corpus/graph.ts';
import type { Urls } from '../urls.ts';
import { documentLine, type DocumentLine } from './document-list.ts';
import { firstOf, paginate, type Paged, type Summary } from './paging.ts';

/** One line of a list of documents (document-list.ts): title, publisher, date, summary, and the slug. */
export type DocumentItem = DocumentLine & { slug: string };

/** Documents on each page of /documents/. */
export const documentsPerPage = 200;
/** Documents the home page and the 404 page list before linking to the rest. */
export const documentsListed = 30;

/** Every document in the graph's order (by date, unknown dates last). */
export function documentItems(graph: CorpusGraph, urls: Urls): DocumentItem[] {
  return graph.documents.map((d) => ({ slug: d.slug, ...documentLine(graph, d, urls) }));
}

/** The pages of /documents/. */
export function documentListPages(graph: CorpusGraph, urls: Urls, size = documentsPerPage): Paged<DocumentItem>[] {
  return paginate(documentItems(graph, urls), size, (page) => urls.documentList(page));
}

/** The first documents, for a page that links to /documents/ for the rest. */
export function documentsSummary(graph: CorpusGraph, urls: Urls, limit = documentsListed): Summary<DocumentItem> & { allHref: string } {
  return { ...firstOf(documentItems(graph, urls), limit), allHref: urls.documentList() };
}

/** The per-document annotation files /data/ links to by name, before it says where the rest are. */
export function annotationFiles(graph: CorpusGraph, urls: Urls, limit = documentsListed): Summary<{ href: string; name: string }> {
  return firstOf(
    graph.documents.map((d) => ({ href: urls.annotations(d.slug), name: `${d.slug}.jsonld` })),
    limit,
  );
}
