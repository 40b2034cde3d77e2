import type { Located } from '../corpus/graph.ts';
import { passageParts, type PassageParts } from '../text/passage-split.ts';
import type { Urls } from '../urls.ts';

/** One passage as a quotation: its sentence with the words marked, and its document, dated, linked to the exact anchor. */
export interface PassageLinkView {
  parts: PassageParts;
  href: string;
  title: string;
  /** The document's date, when known. */
  date?: string;
}

export function passageLink({ document, annotation }: Located, urls: Urls): PassageLinkView {
  return {
    parts: passageParts(document, annotation),
    href: urls.document(document.slug, annotation.anchor),
    title: document.data.title,
    date: document.data.published,
  };
}
