// Sends every rendered HTML page to the build's page feed (src/lib/page-feed.ts).
import { defineMiddleware } from 'astro:middleware';
import { pageFeed } from '../lib/page-feed.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = pageFeed();
  if (!feed || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  // The body is read from a copy; Astro writes the original. A page Pagefind
  // would skip (no data-pagefind-body: lists, /quotes/, 404) is not sent.
  const content = await response.clone().text();
  if (content.includes('data-pagefind-body')) feed({ path: context.url.pathname, content });
  return response;
});
