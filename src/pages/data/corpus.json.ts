// /data/corpus.json: the whole corpus graph; its format is documented on /data/.
import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/corpus-store.ts';
import { corpusJson } from '../../lib/export/corpus-json.ts';
import { absoluteUrls } from '../../lib/export/site-files.ts';

export const GET: APIRoute = ({ site }) => {
  const data = corpusJson(getCorpus().graph, absoluteUrls(import.meta.env.BASE_URL, site));
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
