// The site's search is two Pagefind indexes, which the search page merges:
// one of the pages (documents, entities, claims) and one of the quote
// records. They are written apart, by two Pagefind processes, so the build
// does not wait for one process to write both (src/lib/build/site-build.ts); a search
// runs over both at once and ranks and filters them together.

/** The folder of the pages' index, below the site root: Pagefind's own bundle (pagefind.js) is served from here. */
export const pagesIndexDir = 'pagefind';

/** The folder of the quotes' index, below the site root; only its index files are read, with the bundle above. */
export const quotesIndexDir = 'pagefind-quotes';
