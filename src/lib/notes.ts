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

/** "Sergey Rudskoy, quoted directly, at the briefing. Via RT → Global Research (this copy). Claim: …" */
function quoteSegments(graph: CorpusGraph, document: AnalysedDocument, q: QuoteAnnotation): NoteSegment[] {
  const out: NoteSegment[] = [];
  if (q.mode === 'unattributed' || !q.speaker) {
    out.push(text('No source named.'));
  } else {
    out.push(entityLink(graph, q.speaker), text(q.mode === 'direct' ? ', quoted directly' : ', paraphrased'));
    if (q.event) out.push(text(', at '), entityLink(graph, q.event));
    out.push(text('.'));
  }
  if (q.via.length > 0) out.push(text(' Via '), ...chainSegments(graph, document, q.via), text('.'));
  else out.push(text(' No outlet named; carried by '), ...chainSegments(graph, document, []), text('.'));
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
  return steps.flatMap((step, i) => [...(i === 0 ? [] : [text(' → ')]), ...step]);
}

function claimSegments(graph: CorpusGraph, document: AnalysedDocument, c: ClaimAnnotation): NoteSegment[] {
  const claim = graph.claim(c.claim);
  const out: NoteSegment[] = [];
  if (claim) out.push(text('First made by '), entityLink(graph, claim.claimant), text('.'));
  out.push(...claimContext(graph, document, c));
  if (c.note) out.push(text(' '), ...c.note);
  return out;
}

/** The claim, how many other documents carry it, and who disputes it, with links to the passages. */
function claimContext(graph: CorpusGraph, document: AnalysedDocument, a: QuoteAnnotation | ClaimAnnotation): NoteSegment[] {
  if (!a.claim) return [];
  const claim = graph.claim(a.claim);
  const out: NoteSegment[] = [text(a.stance === 'disputes' ? ' Disputes: ' : ' Claim: '), link(claim?.label ?? claim?.statement ?? a.claim, { type: 'claim', id: a.claim })];
  const others = new Set(graph.appearancesOf(a.claim).map((l) => l.document.slug));
  others.delete(document.slug);
  if (others.size > 0) out.push(text(` (also in ${others.size} other document${others.size === 1 ? '' : 's'})`));
  const disputes = a.stance === 'asserts' ? graph.disputesOf(a.claim) : [];
  if (disputes.length > 0) {
    out.push(text('; disputed by '));
    out.push(
      ...joinSegments(
        disputes.map(({ document: d, annotation: x }) => [
          x.type === 'quote' && x.speaker ? entityLink(graph, x.speaker) : text('an unnamed source'),
          text(' ('),
          link(d.slug === document.slug ? 'here' : d.data.title, { type: 'document', id: d.slug, anchor: x.anchor }),
          text(')'),
        ]),
      ),
    );
  }
  out.push(text('.'));
  return out;
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

