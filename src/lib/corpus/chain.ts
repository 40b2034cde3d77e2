import type { AnalysedDocument, ClaimAnnotation, QuoteAnnotation } from './types.ts';

/**
 * The attribution chain of one appearance of words in a document: who said
 * them, where, which outlet first reported them, who relayed or republished
 * them, and this document. Each step is typed by how the words reached it.
 */
export type StepType =
  /** The speaker's own words, quoted directly. */
  | 'said'
  /** The speaker's words, as the text paraphrases them. */
  | 'paraphrased'
  /** No speaker named: the text asserts it, or credits an unnamed source. */
  | 'unattributed'
  /** An outlet reported the words (the first outlet, or one citing it). */
  | 'reported'
  /** A copy of another outlet's article, published again. */
  | 'republished';

export type StepRole = 'speaker' | 'event' | 'outlet' | 'document';

export interface ChainStep {
  role: StepRole;
  type: StepType;
  /** Entity id of the speaker, event or outlet; absent for an unnamed source or an unknown publisher. */
  entity?: string;
  /** Slug of the document, on the last step. */
  document?: string;
  /** YYYY-MM-DD, when the corpus says when this step happened. */
  date?: string;
}

/**
 * speaker (said | paraphrased | unattributed) → event → outlets named in `via`
 * (reported) → the original publisher of a republished copy (reported) → this
 * document (republished by its publisher, or reported in it).
 */
export function attributionChain(document: AnalysedDocument, a: QuoteAnnotation | ClaimAnnotation): ChainStep[] {
  const d = document.data;
  const steps: ChainStep[] = [];
  if (a.type === 'quote' && a.mode !== 'unattributed' && a.speaker) {
    steps.push({ role: 'speaker', type: a.mode === 'direct' ? 'said' : 'paraphrased', entity: a.speaker });
    if (a.event) steps.push({ role: 'event', type: a.mode === 'direct' ? 'said' : 'paraphrased', entity: a.event });
  } else {
    steps.push({ role: 'speaker', type: 'unattributed' });
    if (a.type === 'quote' && a.event) steps.push({ role: 'event', type: 'unattributed', entity: a.event });
  }
  const via = a.type === 'quote' ? a.via : [];
  const publisher = d.publisher;
  for (const outlet of via) {
    if (outlet === publisher && !d.originalPublisher) continue; // the last relay is this copy's own publisher: the document step says so
    steps.push({
      role: 'outlet',
      type: 'reported',
      entity: outlet,
      date: outlet === d.originalPublisher ? d.originalPublished : undefined,
    });
  }
  if (d.originalPublisher && via[via.length - 1] !== d.originalPublisher) {
    steps.push({ role: 'outlet', type: 'reported', entity: d.originalPublisher, date: d.originalPublished });
  }
  steps.push({
    role: 'document',
    type: d.originalPublisher ? 'republished' : 'reported',
    entity: publisher,
    document: document.slug,
    date: d.published,
  });
  return steps;
}
