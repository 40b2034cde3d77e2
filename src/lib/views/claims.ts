import { plural } from '../labels.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import { claimMatrix, MATRIX_MAX_DOCUMENTS, type MatrixRow } from './matrix.ts';
import type { AnalysedDocument, ClaimAnnotation, QuoteAnnotation } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';
import { firstOf, paginate, type PageLink, type Summary } from './paging.ts';

/** A link to an entity page, or an unnamed source (no href). */
export interface SourceLink {
  href?: string;
  name: string;
}

export interface ClaimRow {
  id: string;
  href: string;
  statement: string;
  claimant: SourceLink;
  /** "3 passages in 2 documents". */
  appears: string;
  disputes: number;
  /** Who disputes it, the first few by name. */
  disputers: Summary<SourceLink>;
}

export interface ClaimListPage {
  page: number;
  rows: ClaimRow[];
  /** The claims × documents matrix of this page's claims; absent when there are too many documents to draw side by side. */
  matrix?: { documents: AnalysedDocument[]; rows: MatrixRow[] };
  documents: number;
  total: number;
  start: number;
  pageLinks: PageLink[];
}

/** Claims on each page of /claims/, and fewer when the matrix is drawn: at most `matrixCells` cells a page. */
export const claimsPerPage = 50;
export const matrixCells = 1000;
export const disputersNamed = 5;

type Span = QuoteAnnotation | ClaimAnnotation;

/** Who disputes a claim, each once in the order of the passages; `undefined` for a passage that names no one. */
export function disputingSpeakers(graph: CorpusGraph, claimId: string): (string | undefined)[] {
  return [...new Set(graph.disputesOf(claimId).map((d) => (d.annotation.type === 'quote' ? d.annotation.speaker : undefined)))];
}

export const sourceLink = (graph: CorpusGraph, urls: Urls, id: string | undefined): SourceLink =>
  id ? { href: urls.entity(id), name: graph.entity(id)?.name ?? id } : { name: 'an unnamed source' };

/** /claims/ and its follow-on pages. */
export function claimListPages(graph: CorpusGraph, urls: Urls): ClaimListPage[] {
  const documents = graph.documents.length;
  const drawn = documents <= MATRIX_MAX_DOCUMENTS;
  const size = drawn ? Math.max(10, Math.min(claimsPerPage, Math.floor(matrixCells / Math.max(1, documents)))) : claimsPerPage;
  const rows = graph.claims.map((claim): ClaimRow => {
    const all = graph.appearancesOf(claim.id);
    const asserting = all.filter((a) => (a.annotation as Span).stance === 'asserts').length;
    return {
      id: claim.id,
      href: urls.claim(claim.id),
      statement: claim.statement,
      claimant: sourceLink(graph, urls, claim.claimant),
      appears: `${plural(asserting, 'passage')} in ${plural(graph.documentsWithClaim(claim.id).size, 'document')}`,
      disputes: graph.disputesOf(claim.id).length,
      disputers: firstOf(
        disputingSpeakers(graph, claim.id).map((id) => sourceLink(graph, urls, id)),
        disputersNamed,
      ),
    };
  });
  return paginate(rows, size, (page) => urls.claimList(page)).map((p) => ({
    page: p.page,
    rows: p.items,
    ...(drawn
      ? {
          matrix: claimMatrix(
            graph,
            p.items.map((r) => graph.claim(r.id)!),
          ),
        }
      : {}),
    documents,
    total: p.total,
    start: p.start,
    pageLinks: p.pageLinks,
  }));
}
