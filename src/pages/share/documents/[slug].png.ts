// The share image (Open Graph, 1200 × 630 PNG) of each document page.
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../lib/corpus/store.ts';
import { documentCard } from '../../../lib/share-images/card.ts';
import { cachedShareImage } from '../../../lib/share-images/cache.ts';

export function getStaticPaths() {
  return getCorpus().graph.documents.map((d) => ({ params: { slug: d.slug } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await cachedShareImage(documentCard(getCorpus().graph, params.slug!)), { headers: { 'Content-Type': 'image/png' } });
