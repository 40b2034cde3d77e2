// Sends each rendered page of the indexed routes to the build's page feed (src/lib/build/page-feed.ts).
import { defineMiddleware } from 'astro:middleware';
import { pageFeed } from '../lib/build/page-feed.ts';
import { indexedRoutes } from '../lib/search/indexes.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = pageFeed();
  if (!feed || !indexedRoutes.has(context.routePattern) || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The bytes are read from a copy (Astro writes the original) and passed on
  // undecoded: the index thread decodes them.
  feed({ path: context.url.pathname, html: await response.clone().arrayBuffer() });
  return response;
});
