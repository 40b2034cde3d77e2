// The share image (Open Graph, 1200 × 630 PNG) of each claim page.
import type { APIRoute } from 'astro';
import { getCorpus } from '../../../lib/corpus/store.ts';
import { claimCard } from '../../../lib/share-images/card.ts';
import { cachedShareImage } from '../../../lib/share-images/cache.ts';

export function getStaticPaths() {
  return getCorpus().graph.claims.map((c) => ({ params: { id: c.id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await cachedShareImage(claimCard(getCorpus().graph, params.id!)), { headers: { 'Content-Type': 'image/png' } });
