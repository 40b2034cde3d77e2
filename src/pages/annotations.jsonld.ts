// /annotations.jsonld: every document's annotations in one W3C AnnotationCollection.
import type { APIRoute } from 'astro';
import { getCorpus } from '../lib/corpus-store.ts';
import { siteAnnotationCollection } from '../lib/export/site-annotations.ts';
import { absoluteUrls } from '../lib/export/site-files.ts';

export const GET: APIRoute = ({ site }) => {
  const collection = siteAnnotationCollection(getCorpus().graph, absoluteUrls(import.meta.env.BASE_URL, site));
  return new Response(JSON.stringify(collection, null, 2), { headers: { 'Content-Type': 'application/ld+json' } });
};
