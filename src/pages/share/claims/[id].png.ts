// The share image (Open Graph, 1200 × 630 PNG) of each claim page.
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../lib/corpus/store.ts';
import { claimCard } from '../../../lib/share-images/card.ts';
import { cachedShareImage } from '../../../lib/share-images/cache.ts';

// A build writes the images beside the pages (src/lib/share-images/publish.ts); the route serves them under `astro dev`.
export function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return getCorpus().graph.claims.map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await cachedShareImage(claimCard(getCorpus().graph, params.id!)), { headers: { 'Content-Type': 'image/png' } });
