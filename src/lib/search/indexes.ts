// The site's search is one Pagefind index, of the pages (documents, entities,
// claims); a document page's quoted passages are anchors in its record
// (src/lib/search/records.ts), which the search page shows as results of their own.
import type { CorpusGraph } from '../corpus/graph.ts';
import { pageFile } from '../build/page-feed.ts';
import { siteRelativeUrls as urls } from '../urls.ts';

/** The folder of the index, below the site root: Pagefind's own bundle (pagefind.js) is served from here. */
export const pagesIndexDir = 'pagefind';

/**
 * The routes whose pages the index holds (their layout sets `indexed`, which
 * marks the page's main content data-pagefind-body). Only their pages are
 * sent to the index thread as Astro renders them: the others (passage pages,
 * lists, the timeline) would be copied to it only to be dropped there. A
 * build test checks that the index holds exactly the pages marked for it.
 */
export const indexedRoutes: ReadonlySet<string> = new Set(['/documents/[slug]', '/entities/[id]', '/claims/[id]']);

/**
 * The files of the indexed routes' pages, sorted: every page the index thread
 * expects, in the order Pagefind is given them (page-order.ts).
 */
export function indexedPageFiles(graph: CorpusGraph): string[] {
  return [
    ...graph.documents.map((d) => urls.document(d.slug)),
    ...graph.entities.map((e) => urls.entity(e.id)),
    ...graph.claims.map((c) => urls.claim(c.id)),
  ]
    .map((path) => pageFile(path))
    .sort();
}
