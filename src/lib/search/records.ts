import type { CorpusGraph } from '../corpus/graph.ts';
import { passageLabel, passageTitle } from '../views/passage.ts';
import type { AnalysedDocument, QuoteAnnotation } from '../corpus/types.ts';
import { siteRelativeUrls as siteRelative } from '../urls.ts';

/**
 * What Pagefind indexes of a page besides its text: its filters and the
 * metadata it searches (a document page's `names`).
 */
export interface SearchFacets {
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/**
 * One quoted passage of a document page, as the search page shows it. The
 * index holds no record of its own per passage: at 10,000 documents, 50,000
 * records would make the index's metadata, which every first query loads,
 * about five times larger. Instead the passage's element in the document page (its
 * id is the anchor) carries these facts as its Pagefind title, which
 * Pagefind keeps with the page's anchors, loads with the page's result and
 * never searches; the search page turns each into a result of its own
 * (src/scripts/search-passages.ts).
 */
export interface PassageFacts {
  /** Site-relative URL of the passage's own page, without the base path. */
  url: string;
  /** The words as a title, in quotation marks only where the document quotes them; left out when it is the passage's text as it stands. */
  title?: string;
  /** How the passage is given and by whom ("Paraphrase · Anatoly Antonov, via RT"). */
  label: string;
  /** The speaker's name, or "No source named". */
  speaker: string;
  /** The outlets the words came through, and the document's publisher. */
  outlet: string[];
  /** The speaker and every entity named inside the passage. */
  entity: string[];
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

/** Every quoted passage of a document, by its anchor. */
export function passageFacts(graph: CorpusGraph, document: AnalysedDocument): Map<string, PassageFacts> {
  const facts = new Map<string, PassageFacts>();
  for (const quote of document.annotations) {
    if (quote.type !== 'quote') continue;
    const speaker = quote.speaker ? nameOf(graph, quote.speaker) : 'No source named';
    const inside = document.annotations.filter((a) => a.type === 'mention' && a.start >= quote.start && a.end <= quote.end);
    const title = passageTitle(quote);
    facts.set(quote.anchor, {
      url: siteRelative.passage(document.slug, quote.anchor),
      ...(title !== quote.exact ? { title } : {}),
      label: passageLabel(graph, { document, annotation: quote as QuoteAnnotation }),
      speaker,
      outlet: unique([...quote.via, document.data.publisher].filter((id) => id !== undefined).map((id) => nameOf(graph, id))),
      entity: unique([
        ...(quote.speaker ? [speaker] : []),
        ...inside.map((m) => (m.type === 'mention' ? nameOf(graph, m.entity) : '')),
      ]).filter(Boolean),
    });
  }
  return facts;
}

/**
 * A document page's filters and its `names` metadata: the canonical names
 * and every alias of the entities it mentions, so a search for "Erdoğan"
 * finds a copy that prints "Erdogon". A page with quoted passages is also
 * filed under the type `quote` and under each passage's speaker, so
 * filtering by them finds the pages whose passages the search page then
 * picks one by one.
 */
export function documentFacets(graph: CorpusGraph, document: AnalysedDocument): SearchFacets {
  const entities = graph.entitiesIn(document.slug);
  const passages = [...passageFacts(graph, document).values()];
  return {
    filters: {
      ...(passages.length > 0
        ? {
            type: ['document', 'quote'],
            speaker: unique(passages.map((p) => p.speaker)),
          }
        : {}),
      outlet: outletsOf(graph, document),
      entity: unique(entities.map((e) => e.name)),
    },
    meta: { names: unique(entities.flatMap((e) => [e.name, ...e.aliases, ...e.outsideSpellings])).join(' · ') },
  };
}

/** The type a page is filtered under, from its path below the base. */
export function pageType(path: string): string | undefined {
  const first = path.replace(/^\/+/, '').split('/')[0];
  return { documents: 'document', entities: 'entity', claims: 'claim' }[first ?? ''];
}
