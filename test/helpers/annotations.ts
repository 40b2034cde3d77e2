// Hand-made annotations for unit tests of code that reads them: the fields a
// case does not set take a neutral value.
import type { AnalysedDocument, ClaimAnnotation, QuoteAnnotation } from '../../src/lib/corpus/types.ts';
import type { DocumentData } from '../../src/schemas/document.ts';

const span = { anchor: 'x', start: 0, end: 1, exact: 'x', prefix: '', suffix: '', sentence: 'x', line: 1, column: 1 };

/** A direct quote asserting its claim, with no speaker or relay unless given. */
export const quote = (q: Partial<QuoteAnnotation>): QuoteAnnotation => ({
  ...span,
  type: 'quote',
  via: [],
  mode: 'direct',
  stance: 'asserts',
  ...q,
});

/** A claim stated by the text (claim `c`), asserting it unless given. */
export const claimSpan = (c: Partial<ClaimAnnotation> = {}): ClaimAnnotation => ({
  ...span,
  type: 'claim',
  claim: 'c',
  stance: 'asserts',
  ...c,
});

/** A document `doc` with no publisher, date or annotations unless given. */
export const documentWith = (data: Partial<DocumentData>): AnalysedDocument => ({
  slug: 'doc',
  file: 'content/documents/doc.mdx',
  data: { title: 'T', publisher: undefined, published: undefined, language: 'en', summary: 's', trimmed: [], lacks: [], ...data },
  text: '',
  annotations: [],
  injections: [],
});
