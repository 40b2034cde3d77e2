// The share image (Open Graph, 1200 × 630 PNG) of each document page.
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../lib/corpus/store.ts';
import { documentCard } from '../../../lib/share-images/card.ts';
import { cachedShareImage } from '../../../lib/share-images/cache.ts';

// A build writes the images beside the pages (src/lib/share-images/publish.ts); the route serves them under `astro dev`.
export function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return getCorpus().graph.documents.map((d) => ({ params: { slug: d.slug } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await cachedShareImage(documentCard(getCorpus().graph, params.slug!)), { headers: { 'Content-Type': 'image/png' } });
