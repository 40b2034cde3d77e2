// The site's search is one Pagefind index, of the pages (documents, entities,
// claims); a document page's quoted passages are anchors in its record
// (src/lib/search/records.ts), which the search page shows as results of their own.

/** The folder of the index, below the site root: Pagefind's own bundle (pagefind.js) is served from here. */
export const pagesIndexDir = 'pagefind';
