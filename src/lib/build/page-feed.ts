/**
 * Where the build sends each page as Astro renders it: the site-build integration (src/lib/build/site-build.ts) hands
 * them to the Pagefind index (src/lib/search/index-worker.ts), which indexes
 * them in another thread while Astro renders the next ones. Outside a build
 * nothing listens and pages pass untouched.
 *
 * On globalThis for the same reason as the corpus store: the middleware runs
 * inside Astro's page bundle, a separate copy of this module.
 */
import { normalizeBase } from '../urls.ts';

export type PageFeed = (page: {
  /** The URL path, base included. */
  path: string;
  /** The rendered HTML as UTF-8 bytes: handed to the index thread without a copy. */
  html: ArrayBuffer;
}) => void;

const key = Symbol.for('annotated-reader.page-feed');
const slot = globalThis as unknown as { [key]?: PageFeed };

export function setPageFeed(feed: PageFeed | undefined): void {
  slot[key] = feed;
}

export function pageFeed(): PageFeed | undefined {
  return slot[key];
}

/**
 * The file a page is written to under `build.format: 'directory'`, relative
 * to the output folder: what Pagefind would have read from disk.
 */
export function pageFile(path: string, base = '/'): string {
  const prefix = normalizeBase(base);
  const below = path.startsWith(prefix) ? path.slice(prefix.length) : path;
  const trimmed = below.replace(/^\/+|\/+$/g, '');
  if (trimmed.endsWith('.html')) return trimmed;
  return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
}
