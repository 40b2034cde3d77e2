import type { CorpusGraph } from '../corpus/graph.ts';
import { passageLabel, passageTitle } from '../views/passage.ts';
import type { AnalysedDocument, QuoteAnnotation } from '../corpus/types.ts';
import { makeUrls } from '../urls.ts';

/** Record URLs are below the site root, without the base path: Pagefind prefixes its baseUrl. */
const siteRelative = makeUrls('/');

/**
 * What Pagefind indexes besides the pages' own text: the filters and
 * searchable names of a document page, and one record per quote so students
 * can search quotes by speaker, outlet, claim and entity and land on the passage.
 */
export interface SearchFacets {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

export interface QuoteRecord extends SearchFacets {
  /** Site-relative URL without the base path; Pagefind prefixes its baseUrl. */
  url: string;
  content: string;
  language: string;
}

const unique = (values: string[]) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
const nameOf = (graph: CorpusGraph, id: string) => graph.entity(id)?.name ?? id;

/** Outlets a document names: its publisher, original publisher and every outlet a quote came through. */
function outletsOf(graph: CorpusGraph, document: AnalysedDocument): string[] {
  const ids = [
    document.data.publisher,
    document.data.originalPublisher,
    ...document.annotations.flatMap((a) => (a.type === 'quote' ? a.via : [])),
  ];
  return unique(ids.filter((id) => id !== undefined).map((id) => nameOf(graph, id)));
}

/**
 * A document page's filters (outlet, entity) and its `names` metadata: the
 * canonical names and every alias of the entities it mentions, so a search for
 * "Erdoğan" finds a copy that prints "Erdogon".
 */
export function documentFacets(graph: CorpusGraph, document: AnalysedDocument): SearchFacets {
  const entities = graph.entitiesIn(document.slug);
  return {
    filters: { outlet: outletsOf(graph, document), entity: unique(entities.map((e) => e.name)) },
    meta: { names: unique(entities.flatMap((e) => [e.name, ...e.aliases, ...e.outsideSpellings])).join(' · ') },
  };
}

/**
 * Whether the corpus has any quote, and so a quotes' index: with no records
 * Pagefind writes an index with no language, which the search page must not
 * merge (the whole search would fail), so the build writes none.
 */
export function hasQuotes(graph: CorpusGraph): boolean {
  return graph.documents.some((document) => document.annotations.some((a) => a.type === 'quote'));
}

/** One search record per quote in the corpus, pointing at the passage's own page. */
export function quoteRecords(graph: CorpusGraph): QuoteRecord[] {
  return graph.documents.flatMap((document) =>
    document.annotations
      .filter((a): a is QuoteAnnotation => a.type === 'quote')
      .map((quote) => {
        const speaker = quote.speaker ? nameOf(graph, quote.speaker) : 'No source named';
        const inside = document.annotations.filter((a) => a.type === 'mention' && a.start >= quote.start && a.end <= quote.end);
        const claim = quote.claim ? graph.claim(quote.claim) : undefined;
        const outlets = unique([...quote.via, document.data.publisher].filter((id) => id !== undefined).map((id) => nameOf(graph, id)));
        return {
          url: siteRelative.passage(document.slug, quote.anchor),
          content: quote.exact,
          language: document.data.language,
          meta: {
            title: passageTitle(quote),
            /** How the passage is given and by whom ("Paraphrase · Anatoly Antonov, via RT"). */
            label: passageLabel(graph, { document, annotation: quote }),
            type: 'quote',
            speaker,
            document: document.data.title,
          },
          filters: {
            type: ['quote'],
            speaker: [speaker],
            outlet: outlets,
            entity: unique(
              [...(quote.speaker ? [speaker] : []), ...inside.map((m) => (m.type === 'mention' ? nameOf(graph, m.entity) : ''))].filter(
                Boolean,
              ),
            ),
            ...(claim ? { claim: [claim.label ?? claim.statement] } : {}),
          },
        };
      }),
  );
}

/** The type a page is filtered under, from its path below the base. */
export function pageType(path: string): string | undefined {
  const first = path.replace(/^\/+/, '').split('/')[0];
  return { documents: 'document', entities: 'entity', claims: 'claim' }[first ?? ''];
}
