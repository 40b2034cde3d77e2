// /annotations/<slug>.jsonld: the document's annotations as W3C Web Annotations.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../lib/corpus-store.ts';
import { annotationCollection } from '../../lib/export/web-annotation.ts';
import { makeUrls } from '../../lib/urls.ts';

export const getStaticPaths: GetStaticPaths = () =>
  getCorpus().graph.documents.map((document) => ({ params: { slug: document.slug }, props: { slug: document.slug } }));

export const GET: APIRoute = ({ props, site }) => {
  const { graph } = getCorpus();
  const urls = makeUrls(import.meta.env.BASE_URL, site?.origin ?? 'http://localhost:4321');
  const collection = annotationCollection(graph, graph.document(props.slug as string)!, urls);
  return new Response(JSON.stringify(collection, null, 2), { headers: { 'Content-Type': 'application/ld+json' } });
};
