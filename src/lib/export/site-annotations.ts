// /annotations.jsonld: every annotation of every document in one W3C Web
// Annotation AnnotationCollection. Each annotation keeps the id it has in its
// document's own collection (/annotations/<slug>.jsonld#<anchor>).
import type { CorpusGraph } from '../corpus/graph.ts';
import type { Urls } from '../urls.ts';
import { annotationCollection } from './web-annotation.ts';
import { SITE_NAME } from '../labels.ts';
import { siteFiles } from './site-files.ts';

/** The collection around its items: everything but `first.items`, which comes last. */
function siteCollection<Item>(graph: CorpusGraph, urls: Urls, items: Item[], total: number) {
  const id = siteFiles(urls).annotations;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `Every annotation on ${SITE_NAME} (${graph.documents.length} documents)`,
    total,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
}

export function siteAnnotationCollection(graph: CorpusGraph, urls: Urls) {
  const items = graph.documents.flatMap((document) => annotationCollection(graph, document, urls).first.items);
  return siteCollection(graph, urls, items, items.length);
}

/**
 * The compact JSON of the site-wide collection before and after its items,
 * so that a build can fill in the items from the documents' own files
 * (data-files.ts) instead of making and serialising every annotation twice.
 * Every document's collection holds one item per annotation, so the total
 * is known without them.
 */
export function siteAnnotationFrame(graph: CorpusGraph, urls: Urls): { head: string; tail: string } {
  const total = graph.documents.reduce((sum, document) => sum + document.annotations.length, 0);
  const text = JSON.stringify(siteCollection(graph, urls, [], total));
  const at = text.lastIndexOf(itemsMember) + itemsMember.length;
  return { head: text.slice(0, at), tail: text.slice(at) };
}

/** How the items open in a collection's compact JSON: the last member of its only page, so the file ends `]}}`. */
export const itemsMember = '"items":[';
