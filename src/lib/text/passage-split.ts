import type { AnalysedDocument, Annotation } from '../corpus/types.ts';

/** An annotation's sentence split around its words, so a page can mark them. */
export interface PassageParts {
  before: string;
  exact: string;
  after: string;
}

export function passageParts(document: AnalysedDocument, a: Annotation): PassageParts {
  // The sentence is a slice of the text that holds the span: find the copy of it that starts at or before the span.
  const at = document.text.lastIndexOf(a.sentence, a.start);
  if (at >= 0 && at + a.sentence.length >= a.end) {
    return { before: a.sentence.slice(0, a.start - at), exact: a.exact, after: a.sentence.slice(a.end - at) };
  }
  return { before: '', exact: a.exact, after: '' };
}

/** Words of a quote without the quotation marks and trailing comma that surround them in the text. */
export const quoteWords = (exact: string): string =>
  exact
    .replace(/^["“‘]+/, '')
    .replace(/,?["”’]+$/, '')
    .replace(/,$/, '');

/** Up to `max` characters of a text, cut at a word, with an ellipsis when cut (labels.ts `excerpt`). */
export { excerpt as shorten } from '../labels.ts';
