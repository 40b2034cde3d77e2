import type { CorpusGraph } from '../corpus/graph.ts';
import type { AnalysedDocument, ClaimAnnotation, ClaimRecord, QuoteAnnotation } from '../corpus/types.ts';

/**
 * Claims × documents: for each claim and each document, how the claim appears
 * there. Read from the same appearances as the claim pages (the graph's
 * `appearancesOf`), so the two always agree.
 */
export type Mark = 'named' | 'unattributed' | 'disputed' | 'conditional';

/** Words and icon of each mark; the icon is decoration, the word carries the meaning. */
export const marks: Record<Mark | 'absent', { word: string; icon: string; explain: string }> = {
  named: { word: 'Named source', icon: '❝', explain: 'a passage states the claim and names who said it' },
  unattributed: { word: 'Unattributed', icon: '◆', explain: 'a passage states the claim without naming a source' },
  disputed: { word: 'Disputed', icon: '⇄', explain: 'a passage contests the claim' },
  conditional: { word: 'Conditional', icon: '?', explain: 'a passage answers the claim without asserting or disputing it' },
  absent: { word: 'Absent', icon: '·', explain: 'the document does not carry the claim' },
};

export interface MatrixCell {
  document: AnalysedDocument;
  /** Each mark present, with the anchors of its passages in text order; empty when the claim is absent. */
  marks: { mark: Mark; anchors: string[] }[];
}
export interface MatrixRow {
  claim: ClaimRecord;
  cells: MatrixCell[];
}

/** Beyond this many documents the matrix is not drawn: a page must not grow with the corpus squared. */
export const MATRIX_MAX_DOCUMENTS = 40;

export function markOf(a: QuoteAnnotation | ClaimAnnotation): Mark {
  if (a.stance === 'disputes') return 'disputed';
  // A conditional answer ("will protest if confirmed") neither states nor contests the claim.
  if (a.stance === 'conditional') return 'conditional';
  return a.type === 'quote' && a.mode !== 'unattributed' && a.speaker ? 'named' : 'unattributed';
}

const markOrder: Mark[] = ['named', 'unattributed', 'conditional', 'disputed'];

/** The matrix of `claims` (all of them by default) against every document. */
export function claimMatrix(
  graph: CorpusGraph,
  claims: readonly ClaimRecord[] = graph.claims,
): { documents: AnalysedDocument[]; rows: MatrixRow[] } {
  const documents = graph.documents;
  const rows = claims.map((claim) => {
    const byDocument = new Map<string, Map<Mark, string[]>>();
    for (const { document, annotation } of graph.appearancesOf(claim.id)) {
      const mark = markOf(annotation as QuoteAnnotation | ClaimAnnotation);
      const found = byDocument.get(document.slug) ?? new Map<Mark, string[]>();
      found.set(mark, [...(found.get(mark) ?? []), annotation.anchor]);
      byDocument.set(document.slug, found);
    }
    const cells = documents.map((document) => {
      const found = byDocument.get(document.slug);
      return { document, marks: found ? markOrder.filter((m) => found.has(m)).map((mark) => ({ mark, anchors: found.get(mark)! })) : [] };
    });
    return { claim, cells };
  });
  return { documents, rows };
}
