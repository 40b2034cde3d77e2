import type { CorpusGraph, Located } from '../corpus/graph.ts';
import { quoteModeVerbs, stanceListNote } from '../labels.ts';
import { passageTitle } from './passage.ts';
import type { QuoteAnnotation } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';

/** One quote in a compact list: who (linked), how it is given, its words shortened, and its document, linked to the passage's page. */
export interface QuoteLineView {
  speaker?: { name: string; href: string };
  /** "paraphrased", "said, disputing a claim". */
  how: string;
  /** Quotation marks only around quoted words: a direct quotation's, or those a paraphrase prints. */
  words: string;
  documentTitle: string;
  href: string;
}

export function quoteLine(graph: CorpusGraph, { document, annotation: q }: Located<QuoteAnnotation>, urls: Urls): QuoteLineView {
  const stance = stanceListNote(q.stance, 'ofAClaim');
  return {
    speaker: q.speaker ? { name: graph.entity(q.speaker)?.name ?? q.speaker, href: urls.entity(q.speaker) } : undefined,
    how: `${quoteModeVerbs[q.mode]}${stance ? `, ${stance}` : ''}`,
    words: passageTitle(q, 160),
    documentTitle: document.data.title,
    href: urls.passage(document.slug, q.anchor),
  };
}
