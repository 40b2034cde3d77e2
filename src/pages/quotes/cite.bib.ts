// /quotes/cite.bib: BibTeX for every quote (the annotated page at the quote's anchor).
import type { APIRoute } from 'astro';
import { getCorpus } from '../../lib/corpus-store.ts';
import { allQuoteItems } from '../../lib/cite-data.ts';
import { bibtex } from '../../lib/cite-format.ts';
import { makeUrls } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const { graph } = getCorpus();
  const items = allQuoteItems(graph, makeUrls(import.meta.env.BASE_URL, site?.origin ?? 'http://localhost:4321'));
  return new Response(items.map(bibtex).join('\n'), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
