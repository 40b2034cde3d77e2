import type { CorpusGraph, Located } from './graph.ts';
import type { LinkTarget, NoteSegment } from './note-text.ts';
import type { AnalysedDocument, ClaimAnnotation, QuoteAnnotation } from './types.ts';

/** The kinds a reader sees on a note; also the `tagging` body of the export. */
export type NoteLabel = 'mention' | 'attribution' | 'dispute' | 'context' | 'correction' | 'claim';

/** A margin note as data: pages render it, exports serialise it. */
export interface NoteView {
  kind: NoteLabel;
  /** Human label shown before the note ("Attribution"). */
  label: string;
  segments: NoteSegment[];
}

export const noteLabels: Record<NoteLabel, string> = {
  mention: 'Mention',
  attribution: 'Attribution',
  dispute: 'Dispute',
  context: 'Context',
  correction: 'Correction',
  claim: 'Claim',
};

/** At most this many disputing passages are named in a note; the claim's page lists them all. */
export const disputesListed = 5;

const text = (value: string): NoteSegment => ({ kind: 'text', text: value });
const link = (value: string, target: LinkTarget): NoteSegment => ({ kind: 'link', text: value, target });

/** Names joined as "A, B and C". */
function joinSegments(parts: NoteSegment[][], last = ' and '): NoteSegment[] {
  return parts.flatMap((part, i) => [...(i === 0 ? [] : [text(i === parts.length - 1 ? last : ', ')]), ...part]);
}

export function noteFor(graph: CorpusGraph, { document, annotation }: Located): NoteView {
  const view = (kind: NoteLabel, segments: NoteSegment[]): NoteView => ({ kind, label: noteLabels[kind], segments });
  switch (annotation.type) {
    case 'mention': {
      const entity = graph.entity(annotation.entity);
      return view('mention', entity ? [link(entity.name, { type: 'entity', id: entity.id }), text(`: ${entity.role}`)] : []);
    }
    case 'note':
      return view(annotation.kind, annotation.note);
    case 'quote':
      return view(annotation.stance === 'disputes' ? 'dispute' : 'attribution', quoteSegments(graph, document, annotation));
    case 'claim':
      return view(annotation.stance === 'disputes' ? 'dispute' : 'claim', claimSegments(graph, document, annotation));
  }
}

const entityLink = (graph: CorpusGraph, id: string) => link(graph.entity(id)?.name ?? id, { type: 'entity', id });

/** "Sergey Rudskoy said this at the briefing. Chain: RT → Global Research (this copy)." */
function quoteSegments(graph: CorpusGraph, document: AnalysedDocument, q: QuoteAnnotation): NoteSegment[] {
  const out: NoteSegment[] = [];
  if (q.mode === 'unattributed' || !q.speaker) {
    out.push(text('No source is named for this assertion.'));
  } else {
    out.push(entityLink(graph, q.speaker), text(q.mode === 'direct' ? ' is quoted directly' : ' is paraphrased'));
    if (q.event) out.push(text(', speaking at '), entityLink(graph, q.event));
    out.push(text('.'));
  }
  out.push(text(' Relayed: '), ...chainSegments(graph, document, q.via), text('.'));
  out.push(...claimContext(graph, document, q));
  if (q.note) out.push(text(' '), ...q.note);
  return out;
}

/** The outlet chain as the document states it, ending with this copy. */
function chainSegments(graph: CorpusGraph, document: AnalysedDocument, via: string[]): NoteSegment[] {
  const steps: NoteSegment[][] = via.map((id) => [entityLink(graph, id)]);
  const publisher = document.data.publisher;
  const last = steps.length > 0 && via[via.length - 1] === publisher;
  if (!last) steps.push(publisher === 'unknown' ? [text('this copy (publisher unknown)')] : [entityLink(graph, publisher), text(' (this copy)')]);
  else steps[steps.length - 1]!.push(text(' (this copy)'));
  if (via.length === 0) steps.unshift([text('no outlet named')]);
  return steps.flatMap((step, i) => [...(i === 0 ? [] : [text(' → ')]), ...step]);
}

function claimSegments(graph: CorpusGraph, document: AnalysedDocument, c: ClaimAnnotation): NoteSegment[] {
  const claim = graph.claim(c.claim);
  const out: NoteSegment[] = [];
  if (claim) out.push(text('Tracked claim, first made by '), entityLink(graph, claim.claimant), text('.'));
  out.push(...claimContext(graph, document, c));
  if (c.note) out.push(text(' '), ...c.note);
  return out;
}

/** Where else the claim appears and who disputes it, with links to the passages. */
function claimContext(graph: CorpusGraph, document: AnalysedDocument, a: QuoteAnnotation | ClaimAnnotation): NoteSegment[] {
  if (!a.claim) return [];
  const claim = graph.claim(a.claim);
  const out: NoteSegment[] = [text(a.stance === 'disputes' ? ' Disputes the claim ' : ' States the claim '), link(`“${claim?.statement ?? a.claim}”`, { type: 'claim', id: a.claim }), text('.')];
  const documents = graph.documentsWithClaim(a.claim);
  const others = documents.size - (documents.has(document.slug) ? 1 : 0);
  if (others > 0) out.push(text(` It also appears in ${others} other document${others === 1 ? '' : 's'}.`));
  if (a.stance === 'asserts') {
    const disputes = graph.disputesOf(a.claim);
    if (disputes.length > 0) {
      // A long ledger is counted, not copied into every note: a note's size
      // must not grow with the corpus. Passages in this document come first.
      const listed = disputes.length <= disputesListed ? disputes : someDisputes(disputes, document, a.claim);
      const more = disputes.length - listed.length;
      out.push(text(' Disputed by '));
      out.push(
        ...joinSegments(
          listed.map(({ document: d, annotation: x }) => [
            x.type === 'quote' && x.speaker ? entityLink(graph, x.speaker) : text('an unnamed source'),
            text(' ('),
            link(d.slug === document.slug ? 'this document' : d.data.title, { type: 'document', id: d.slug, anchor: x.anchor }),
            text(')'),
          ]),
          more > 0 ? ', ' : ' and ',
        ),
        ...(more > 0
          ? [text(` and ${more} more passage${more === 1 ? '' : 's'} in the claim's `), link('dispute ledger', { type: 'claim', id: a.claim })]
          : []),
        text('.'),
      );
    }
  }
  return out;
}

/** Up to `disputesListed` disputing passages: this document's first, then the corpus's, without scanning the whole ledger. */
function someDisputes(disputes: Located[], document: AnalysedDocument, claim: string): Located[] {
  const listed: Located[] = document.annotations
    .filter((x) => (x.type === 'quote' || x.type === 'claim') && x.claim === claim && x.stance === 'disputes')
    .slice(0, disputesListed)
    .map((annotation) => ({ document, annotation }));
  for (const l of disputes) {
    if (listed.length >= disputesListed) break;
    if (l.document !== document) listed.push(l);
  }
  return listed;
}

/** Every corpus page a note points to, once each, for the export's SpecificResource bodies. */
export function noteTargets(note: NoteView): LinkTarget[] {
  const seen = new Set<string>();
  const targets: LinkTarget[] = [];
  for (const s of note.segments) {
    if (s.kind !== 'link') continue;
    const key = JSON.stringify(s.target);
    if (!seen.has(key)) {
      seen.add(key);
      targets.push(s.target);
    }
  }
  return targets;
}

