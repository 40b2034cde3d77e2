import { getCorpus } from './store.ts';
import { prerenderShareImages } from '../share-images/prerender.ts';
import { makeUrls } from '../urls.ts';

/** What every page needs: the corpus graph and base-aware URLs. */
export function site(base: string) {
  const { graph } = getCorpus();
  // In a build (not under `astro dev`), the first page starts drawing the share images beside the pages (share-prerender.ts).
  if (process.env.NODE_ENV === 'production' && process.env.SHARE_PRERENDER !== '0') prerenderShareImages(graph);
  return { graph, urls: makeUrls(base) };
}
