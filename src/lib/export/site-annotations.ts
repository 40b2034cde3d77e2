// /annotations.jsonld: every annotation of every document in one W3C Web
// Annotation AnnotationCollection. Each annotation keeps the id it has in its
// document's own collection (/annotations/<slug>.jsonld#<anchor>).
import type { CorpusGraph } from '../corpus/graph.ts';
import type { Urls } from '../urls.ts';
import { annotationCollection } from './web-annotation.ts';
import { SITE_NAME } from '../labels.ts';
import { siteFiles } from './site-files.ts';

export function siteAnnotationCollection(graph: CorpusGraph, urls: Urls) {
  const id = siteFiles(urls).annotations;
  const items = graph.documents.flatMap((document) => annotationCollection(graph, document, urls).first.items);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `Every annotation on ${SITE_NAME} (${graph.documents.length} documents)`,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
}
