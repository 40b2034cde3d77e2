import type { CorpusGraph, Located } from './graph.ts';
import type { LinkTarget, NoteSegment } from './note-text.ts';
import type { AnalysedDocument, Annotation, ClaimAnnotation, QuoteAnnotation } from './types.ts';

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

/** Notes already made, per graph: a page shows each note twice (margin and print endnotes). */
const made = new WeakMap<CorpusGraph, WeakMap<Annotation, NoteView>>();

/** The margin note of an annotation, made once per graph. Callers must not change it. */
export function noteFor(graph: CorpusGraph, located: Located): NoteView {
  let notes = made.get(graph);
  if (!notes) made.set(graph, (notes = new WeakMap()));
  let note = notes.get(located.annotation);
  if (!note) notes.set(located.annotation, (note = makeNote(graph, located)));
  return note;
}

function makeNote(graph: CorpusGraph, { document, annotation }: Located): NoteView {
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

/**
 * "Sergey Rudskoy, quoted directly, at the Moscow briefing. Via RT → Global
 * Research (this copy)." then the author's note, then the claim and its disputes.
 */
function quoteSegments(graph: CorpusGraph, document: AnalysedDocument, q: QuoteAnnotation): NoteSegment[] {
  const out: NoteSegment[] = [];
  const unattributed = q.mode === 'unattributed' || !q.speaker;
  if (unattributed) {
    out.push(text('No specific source is named.'));
  } else {
    out.push(entityLink(graph, q.speaker!), text(q.mode === 'direct' ? ', quoted directly' : ', paraphrased'));
    if (q.event) out.push(text(', at the '), entityLink(graph, q.event));
    out.push(text('.'));
  }
  // An assertion with no named source and no outlet has no chain to show.
  if (!unattributed || q.via.length > 0) out.push(text(q.via.length > 0 ? ' Via ' : ' '), ...chainSegments(graph, document, q.via), text('.'));
  if (q.note) out.push(text(' '), ...q.note);
  out.push(...claimContext(graph, document, q, unattributed ? undefined : q.speaker));
  return out;
}

/**
 * The outlet chain as the document states it, then the original publisher of
 * a republished copy (when the chain does not already end with it), then this copy.
 */
function chainSegments(graph: CorpusGraph, document: AnalysedDocument, via: string[]): NoteSegment[] {
  const { publisher, originalPublisher } = document.data;
  const ids = [...via];
  if (originalPublisher && originalPublisher !== publisher && ids[ids.length - 1] !== originalPublisher) ids.push(originalPublisher);
  const steps: NoteSegment[][] = ids.map((id) => [entityLink(graph, id)]);
  const last = ids.length > 0 && ids[ids.length - 1] === publisher;
  if (!last) steps.push(publisher === 'unknown' ? [text('this copy (publisher unknown)')] : [entityLink(graph, publisher), text(' (this copy)')]);
  else steps[steps.length - 1]!.push(text(' (this copy)'));
  if (via.length === 0) steps.unshift([text('No outlet named')]);
  return steps.flatMap((step, i) => [...(i === 0 ? [] : [text(' → ')]), ...step]);
}

function claimSegments(graph: CorpusGraph, document: AnalysedDocument, c: ClaimAnnotation): NoteSegment[] {
  // A <Claim> is a claim the document states in its own words, quoting no one.
  const out: NoteSegment[] = [text('Stated by the document itself, naming no source.')];
  if (c.note) out.push(text(' '), ...c.note);
  out.push(...claimContext(graph, document, c));
  return out;
}

/** At most this many disputers and disputing documents are named in a note; the claim's page lists them all. */
export const disputesListed = 5;

/** What every note on a claim needs, computed once per claim so a note's cost does not grow with the corpus. */
interface ClaimSummary {
  documents: Set<string>;
  /** Each disputer once (speaker id, or '' for an unnamed source), in corpus order. */
  disputers: string[];
  /** The first disputing passage of each document that disputes the claim, in corpus order. */
  disputed: Map<string, Located>;
}
const summaries = new WeakMap<CorpusGraph, Map<string, ClaimSummary>>();

function summaryOf(graph: CorpusGraph, claimId: string): ClaimSummary {
  let byClaim = summaries.get(graph);
  if (!byClaim) summaries.set(graph, (byClaim = new Map()));
  let summary = byClaim.get(claimId);
  if (!summary) {
    summary = { documents: new Set(graph.appearancesOf(claimId).map((l) => l.document.slug)), disputers: [], disputed: new Map() };
    for (const l of graph.disputesOf(claimId)) {
      const speaker = l.annotation.type === 'quote' && l.annotation.speaker ? l.annotation.speaker : '';
      if (!summary.disputers.includes(speaker)) summary.disputers.push(speaker);
      if (!summary.disputed.has(l.document.slug)) summary.disputed.set(l.document.slug, l);
    }
    byClaim.set(claimId, summary);
  }
  return summary;
}

/**
 * The claim this span carries: "Claim in 3 documents: “X said …”; disputed
 * by A and B: see this document and <title>." A span that disputes
 * the claim states it instead: "Disputes the claim “…”."
 */
function claimContext(
  graph: CorpusGraph,
  document: AnalysedDocument,
  a: QuoteAnnotation | ClaimAnnotation,
  speaker?: string,
): NoteSegment[] {
  if (!a.claim) return [];
  const claim = graph.claim(a.claim);
  const target: LinkTarget = { type: 'claim', id: a.claim };
  const statement = `“${(claim?.statement ?? a.claim).replace(/\.$/, '')}”`;
  if (a.stance === 'disputes') return [text(' Disputes the claim '), link(statement, target), text('.')];
  if (a.stance === 'conditional') return [text(' Responds conditionally to the claim '), link(statement, target), text(', neither asserting nor disputing it.')];
  const summary = summaryOf(graph, a.claim);
  const count = summary.documents.size + (summary.documents.has(document.slug) ? 0 : 1);
  const out: NoteSegment[] = [text(' '), link(count === 1 ? 'Tracked claim' : `Claim in ${count} documents`, target)];
  // Words of the claimant need no restating; anyone else's (or no one's) are set
  // beside the claim as first made, which names its claimant.
  if (claim && claim.claimant !== speaker) out.push(text(`: ${statement}`));
  const disputes = disputeSegments(graph, document, summary, target);
  out.push(...(disputes.length > 0 ? [text('; '), ...disputes] : []), text('.'));
  return out;
}

/**
 * "disputed by A and B: see this document and <title>". Each disputer is named
 * once, and each document that disputes the claim is linked once, at its first
 * disputing passage, this document first.
 */
function disputeSegments(graph: CorpusGraph, document: AnalysedDocument, summary: ClaimSummary, claim: LinkTarget): NoteSegment[] {
  if (summary.disputers.length === 0) return [];
  const more = (n: number, what: string): NoteSegment[][] =>
    n > 0 ? [[text(`${n} more ${what}${n === 1 ? '' : 's'} (`), link('claim page', claim), text(')')]] : [];
  const who = summary.disputers.slice(0, disputesListed).map((id) => [id ? entityLink(graph, id) : text('an unnamed source')]);
  const here = summary.disputed.get(document.slug);
  const where: NoteSegment[][] = here ? [[link('this document', { type: 'document', id: document.slug, anchor: here.annotation.anchor })]] : [];
  for (const [slug, l] of summary.disputed) {
    if (where.length >= disputesListed) break;
    if (slug !== document.slug) where.push([link(l.document.data.title, { type: 'document', id: slug, anchor: l.annotation.anchor })]);
  }
  return [
    text('disputed by '),
    ...joinSegments([...who, ...more(summary.disputers.length - who.length, 'source')]),
    text(': see '),
    ...joinSegments([...where, ...more(summary.disputed.size - where.length, 'document')]),
  ];
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

