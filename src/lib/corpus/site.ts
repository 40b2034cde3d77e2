import { getCorpus } from './store.ts';
import { makeUrls } from '../urls.ts';

/** What every page needs: the corpus graph and base-aware URLs. */
export function site(base: string) {
  const { graph } = getCorpus();
  return { graph, urls: makeUrls(base) };
}
