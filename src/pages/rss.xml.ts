// /rss.xml: RSS 2.0 feed of the documents (src/lib/export/feed.ts).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCorpus } from '../lib/corpus/store.ts';
import { feedOptions } from '../lib/export/feed.ts';
import { absoluteUrls } from '../lib/export/site-files.ts';

export const GET: APIRoute = ({ site }) => rss(feedOptions(getCorpus().graph, absoluteUrls(import.meta.env.BASE_URL, site)));
