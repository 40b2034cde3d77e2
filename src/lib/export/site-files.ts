// Absolute URLs for exports and head metadata, and the addresses of the
// site-wide files (feed, sitemap, data downloads), all under the base path.
import { makeUrls, type Urls } from '../urls.ts';

/** Used when astro.config.mjs sets no `site` (it always does; SITE_URL overrides it). */
export const DEFAULT_SITE = 'http://localhost:4321';

/** Base-aware URLs made absolute with the site's origin (`Astro.site`, or an endpoint's `site`). */
export function absoluteUrls(base: string, site: URL | string | undefined): Urls {
  return makeUrls(base, new URL(site ?? DEFAULT_SITE).origin);
}

/** The site-wide files, below the site root of `urls` (absolute when `urls` is). */
export function siteFiles(urls: Urls) {
  return {
    data: urls.data(),
    corpus: urls.corpus(),
    annotations: urls.allAnnotations(),
    feed: urls.feed(),
    sitemap: urls.sitemap(),
    robots: urls.robots(),
  };
}
