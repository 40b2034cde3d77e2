import type { CorpusGraph } from '../corpus/graph.ts';
import { dateLabel, UNKNOWN_PUBLISHER } from '../labels.ts';
import type { AnalysedDocument } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';

/** A document in a list (home, /documents/, 404): its title, linked, then publisher, date and summary. */
export interface DocumentLine {
  href: string;
  title: string;
  /** The publisher's name, or "publisher unknown". */
  publisher: string;
  /** The date, or "date unknown". */
  date: string;
  summary: string;
}

export function documentLine(graph: CorpusGraph, d: AnalysedDocument, urls: Urls): DocumentLine {
  const publisher = d.data.publisher;
  return {
    href: urls.document(d.slug),
    title: d.data.title,
    publisher: publisher ? (graph.entity(publisher)?.name ?? publisher) : UNKNOWN_PUBLISHER,
    date: dateLabel(d.data.published),
    summary: d.data.summary,
  };
}
