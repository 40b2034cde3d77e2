// /documents/<slug>/cite.json: CSL-JSON for the article as published and for the annotated page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../lib/corpus-store.ts';
import { documentItems } from '../../../lib/cite-data.ts';
import { cslJson } from '../../../lib/cite-format.ts';
import { makeUrls } from '../../../lib/urls.ts';

export const getStaticPaths: GetStaticPaths = () => getCorpus().graph.documents.map((d) => ({ params: { slug: d.slug }, props: { slug: d.slug } }));

export const GET: APIRoute = ({ props, site }) => {
  const { graph } = getCorpus();
  const urls = makeUrls(import.meta.env.BASE_URL, site?.origin ?? 'http://localhost:4321');
  const items = documentItems(graph, graph.document(props.slug as string)!, urls);
  return new Response(cslJson(items) + '\n', { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
};
