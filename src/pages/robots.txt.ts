// /robots.txt: everything may be crawled; the sitemap lists every page.
// Under a base path this file is not at the host's root, where crawlers look
// for it: the host's own robots.txt should point to the same sitemap.
import type { APIRoute } from 'astro';
import { absoluteUrls, siteFiles } from '../lib/export/site-files.ts';

export const GET: APIRoute = ({ site }) => {
  const files = siteFiles(absoluteUrls(import.meta.env.BASE_URL, site));
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${files.sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
