// /rss.xml: RSS 2.0 feed of the documents.
import type { APIRoute } from 'astro';
import { getCorpus } from '../lib/corpus-store.ts';
import { rssFeed } from '../lib/export/feed.ts';
import { absoluteUrls } from '../lib/export/site-files.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(rssFeed(getCorpus().graph, absoluteUrls(import.meta.env.BASE_URL, site)), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
