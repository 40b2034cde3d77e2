import type { NoteSegment } from '../notes/note-text.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { EntityData } from '../../schemas/entity.ts';
import type { ClaimData } from '../../schemas/claim.ts';

export type AnnotationType = 'mention' | 'quote' | 'claim' | 'note';
export const noteKinds = ['attribution', 'dispute', 'context', 'correction'] as const;
export type NoteKind = (typeof noteKinds)[number];
export const quoteModes = ['direct', 'paraphrase', 'unattributed'] as const;
export type QuoteMode = (typeof quoteModes)[number];
/**
 * How a passage bears on the claim it carries: it asserts it, disputes it
 * (denies or contradicts it), or answers it conditionally ("we will protest if
 * it is confirmed"), which neither asserts nor disputes it and is never counted
 * as a dispute.
 */
export const stances = ['asserts', 'disputes', 'conditional'] as const;
export type Stance = (typeof stances)[number];

/** What every annotation has: where its span is, in the file and in the text. */
interface AnnotationBase {
  /** Stable fragment id on the document page (`#q-sergey-rudskoy-1`). */
  anchor: string;
  /** Offsets of the span in the document's plain text (see DocumentText). */
  start: number;
  end: number;
  /** The annotated words, and up to 32 characters either side, as in the plain text. */
  exact: string;
  prefix: string;
  suffix: string;
  /** The sentence the span stands in, for backlinks on entity and claim pages. */
  sentence: string;
  /** Where the component starts in the MDX file. */
  line: number;
  column: number;
  /** Anchor of the annotation this one is nested in, if any. */
  parent?: string;
}

export interface MentionAnnotation extends AnnotationBase {
  type: 'mention';
  entity: string;
}
export interface QuoteAnnotation extends AnnotationBase {
  type: 'quote';
  /** Entity id of who said it; absent only for unattributed assertions. */
  speaker?: string;
  /** Outlet ids, from the first that reported the words to the last before this copy. */
  via: string[];
  /** Entity id of the event where the words were said. */
  event?: string;
  mode: QuoteMode;
  claim?: string;
  stance: Stance;
  note?: NoteSegment[];
}
export interface ClaimAnnotation extends AnnotationBase {
  type: 'claim';
  claim: string;
  stance: Stance;
  note?: NoteSegment[];
}
export interface NoteAnnotation extends AnnotationBase {
  type: 'note';
  kind: NoteKind;
  note: NoteSegment[];
}
export type Annotation = MentionAnnotation | QuoteAnnotation | ClaimAnnotation | NoteAnnotation;

/** A document after analysis: its data, its plain text and its annotations in reading order. */
export interface AnalysedDocument {
  slug: string;
  /** Path relative to the project root. */
  file: string;
  data: DocumentData;
  /** Blocks of the body joined by blank lines, whitespace inside a block collapsed. */
  text: string;
  annotations: Annotation[];
  /**
   * Text the build inserts into the MDX source before compiling it: each
   * component's `anchor` and `doc` attributes, and a <Paragraph> around
   * paragraphs made only of components (see walk.ts). Offsets are in the file.
   */
  injections: { offset: number; text: string }[];
  /** Ids of the headings of the text, in order, as the page gives them (`h-…`, src/lib/text/heading-ids.ts). */
  headingIds?: string[];
}

export interface EntityRecord extends EntityData {
  id: string;
  file: string;
}
export interface ClaimRecord extends ClaimData {
  id: string;
  file: string;
}

/** Everything in `content/`, validated. */
export interface Corpus {
  documents: AnalysedDocument[];
  entities: EntityRecord[];
  claims: ClaimRecord[];
}
