// sitemap.xml (sitemaps.org 0.9): one <url> per HTML page of the build.
import { escapeXml } from './xml.ts';

/**
 * The site path of a built HTML file (`documents/x/index.html` → `documents/x/`),
 * or undefined for files that are not pages to list: the 404 page.
 */
export function pagePathOf(file: string): string | undefined {
  if (!file.endsWith('.html') || file === '404.html' || file === '404/index.html') return undefined;
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** A page marked `<meta name="robots" content="noindex">` is left out of the sitemap. */
export const isNoindex = (html: string): boolean =>
  /<meta\s[^>]*name=["']?robots["']?[^>]*content=["'][^"']*noindex/i.test(html) ||
  /<meta\s[^>]*content=["'][^"']*noindex[^>]*name=["']?robots/i.test(html);

/** The sitemap listing `locations` (absolute URLs), sorted, each once. */
export function sitemapXml(locations: string[]): string {
  const urls = [...new Set(locations)].sort().map((loc) => `  <url><loc>${escapeXml(loc)}</loc></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
