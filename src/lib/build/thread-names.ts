/**
 * The names the build's worker threads are started with. Node gives each
 * to the thread itself (on Linux at most 15 characters), so `npm run bench`
 * can tell what CPU time each took.
 */
export const threadNames = {
  check: 'check',
  searchIndex: 'search-index',
  dataFiles: 'data-files',
  shareImages: 'share-images',
  siteGate: 'site-gate',
} as const;
