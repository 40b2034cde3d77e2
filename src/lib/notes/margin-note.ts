import type { CorpusGraph, Located } from '../corpus/graph.ts';
import { claimDisputers } from '../corpus/disputers.ts';
import { oncePerGraph } from '../corpus/per-graph.ts';
import type { LinkTarget, NoteSegment } from './note-text.ts';
import type { AnalysedDocument, Annotation, ClaimAnnotation, QuoteAnnotation } from '../corpus/types.ts';
import { quoteModeNoteWords as modeWords, UNKNOWN_PUBLISHER } from '../labels.ts';

/** The kinds a reader sees on a note; also the `tagging` body of the export. */
export type NoteLabel = 'mention' | 'attribution' | 'dispute' | 'context' | 'correction' | 'claim';

/** A margin note as data: pages render it, exports serialise it. */
export interface NoteView {
  kind: NoteLabel;
  /** Human label of the kind ("Attribution"), for the note's accessible name and the export. */
  label: string;
  /** What a reader sees first: who speaks and how ("Antonov · paraphrase"), or the kind ("Correction"). */
  lead: string;
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

/** Notes already made, per graph: a page asks twice for each note (its marker's label and the note itself). */
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
  const view = (kind: NoteLabel, segments: NoteSegment[]): NoteView => ({
    kind,
    label: noteLabels[kind],
    lead: leadOf(graph, annotation, kind),
    segments,
  });
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

/** A person by surname ("Antonov"), anything else by its name. */
export function shortName(graph: CorpusGraph, id: string): string {
  const entity = graph.entity(id);
  if (!entity) return id;
  return entity.kind === 'person' ? entity.name.split(' ').pop()! : entity.name;
}

function leadOf(graph: CorpusGraph, annotation: Annotation, kind: NoteLabel): string {
  if (annotation.type === 'quote') {
    if (annotation.mode === 'unattributed' || !annotation.speaker) return `No named source${kind === 'dispute' ? ' · disputes' : ''}`;
    const how = kind === 'dispute' ? 'disputes' : annotation.stance === 'conditional' ? 'conditional reply' : modeWords[annotation.mode];
    return `${shortName(graph, annotation.speaker)} · ${how}`;
  }
  if (annotation.type === 'claim') return kind === 'dispute' ? 'The document · disputes' : 'The document · claim';
  return noteLabels[kind];
}

const entityLink = (graph: CorpusGraph, id: string) => link(graph.entity(id)?.name ?? id, { type: 'entity', id });

/** What most quotes of a document share, said once in its Voices panel and repeated by a note only where it differs. */
export interface DocumentCommons {
  /** The outlet chain most attributed quotes came through (`via` ids; empty when most name no outlet). */
  via?: string[];
  /** The event most quotes were said at. */
  event?: string;
}
const commons = new WeakMap<AnalysedDocument, DocumentCommons>();

/** The most frequent value (first seen wins a tie). */
function mostCommon<T>(values: T[], key: (v: T) => string): T | undefined {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const entry = counts.get(key(v)) ?? { value: v, n: 0 };
    entry.n++;
    counts.set(key(v), entry);
  }
  let best: { value: T; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.value;
}

export function documentCommons(document: AnalysedDocument): DocumentCommons {
  let found = commons.get(document);
  if (!found) {
    const quotes = document.annotations.filter((a): a is QuoteAnnotation => a.type === 'quote' && !!a.speaker);
    const via = mostCommon(
      quotes.map((q) => q.via),
      (v) => v.join(),
    );
    const event = mostCommon(
      quotes.flatMap((q) => (q.event ? [q.event] : [])),
      (e) => e,
    );
    commons.set(document, (found = { via, event }));
  }
  return found;
}

/**
 * What only this quote's note carries: the editor's note, the claim and who
 * disputes it, then the event and the outlet chain where they differ from
 * what most quotes of the document share (the Voices panel says that once).
 * A quote with nothing of its own names its speaker in full.
 */
function quoteSegments(graph: CorpusGraph, document: AnalysedDocument, q: QuoteAnnotation): NoteSegment[] {
  const out: NoteSegment[] = [];
  const unattributed = q.mode === 'unattributed' || !q.speaker;
  if (unattributed) out.push(text('No specific source is named.'));
  if (q.note) out.push(...(out.length ? [text(' ')] : []), ...q.note);
  out.push(...claimContext(graph, document, q, unattributed ? undefined : q.speaker));
  const shared = documentCommons(document);
  const where: NoteSegment[] = [];
  if (q.event && q.event !== shared.event) where.push(text('Said at the '), entityLink(graph, q.event), text('.'));
  // An assertion with no named source and no outlet has no chain to show.
  const chainless = unattributed && q.via.length === 0;
  if (!chainless && (!shared.via || q.via.join() !== shared.via.join())) {
    // Outlets by name only: a note keeps to few links (its outlets' pages are one hop away, from the Voices panel or the source card).
    where.push(
      text(where.length ? ' ' : ''),
      text(q.via.length > 0 ? 'Via ' : ''),
      ...chainSegments(graph, document, q.via, false),
      text('.'),
    );
  }
  if (where.length) out.push(text(out.length ? ' ' : ''), ...where);
  if (out.length === 0 && q.speaker) {
    const speaker = graph.entity(q.speaker);
    out.push(entityLink(graph, q.speaker), text(speaker?.role ? `: ${speaker.role}` : '.'));
  }
  return trimStart(out);
}

/** Drops the leading space the pieces above may leave. */
function trimStart(segments: NoteSegment[]): NoteSegment[] {
  const first = segments[0];
  if (first?.kind === 'text' && first.text.startsWith(' '))
    return [{ ...first, text: first.text.trimStart() }, ...segments.slice(1)].filter((s) => s.text !== '');
  return segments.filter((s) => s.text !== '');
}

/**
 * The outlet chain as the document states it, then the original publisher of
 * a republished copy (when the chain does not already end with it), then this
 * copy; each outlet linked, or named only.
 */
export function chainSegments(graph: CorpusGraph, document: AnalysedDocument, via: string[], linked = true): NoteSegment[] {
  const { publisher, originalPublisher } = document.data;
  const ids = [...via];
  if (originalPublisher && originalPublisher !== publisher && ids[ids.length - 1] !== originalPublisher) ids.push(originalPublisher);
  const step = (id: string) => (linked ? entityLink(graph, id) : text(graph.entity(id)?.name ?? id));
  const steps: NoteSegment[][] = ids.map((id) => [step(id)]);
  const last = ids.length > 0 && ids[ids.length - 1] === publisher;
  if (!last) steps.push(!publisher ? [text(`this copy (${UNKNOWN_PUBLISHER})`)] : [step(publisher), text(' (this copy)')]);
  else steps[steps.length - 1]!.push(text(' (this copy)'));
  if (via.length === 0) steps.unshift([text('No outlet named')]);
  return steps.flatMap((step, i) => [...(i === 0 ? [] : [text(' → ')]), ...step]);
}

function claimSegments(graph: CorpusGraph, document: AnalysedDocument, c: ClaimAnnotation): NoteSegment[] {
  // A <Claim> is a claim the document states in its own words, quoting no one.
  const out: NoteSegment[] = [];
  if (c.note) out.push(...c.note);
  out.push(...claimContext(graph, document, c));
  return trimStart(out);
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
const summaryOf = oncePerGraph((graph, claimId: string): ClaimSummary => {
  const disputed = new Map<string, Located>();
  for (const l of graph.disputesOf(claimId)) if (!disputed.has(l.document.slug)) disputed.set(l.document.slug, l);
  return {
    documents: new Set(graph.appearancesOf(claimId).map((l) => l.document.slug)),
    disputers: claimDisputers(graph, claimId).map((speaker) => speaker ?? ''),
    disputed,
  };
});

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
  if (a.stance === 'conditional')
    return [text(' Responds conditionally to the claim '), link(statement, target), text(', neither asserting nor disputing it.')];
  const summary = summaryOf(graph, a.claim);
  const count = summary.documents.size + (summary.documents.has(document.slug) ? 0 : 1);
  const out: NoteSegment[] = [text(' '), link(count === 1 ? 'Tracked claim' : `Claim in ${count} documents`, target)];
  // Words of the claimant need no restating; anyone else's (or no one's) are set
  // beside the claim as first made, which names its claimant.
  if (claim && claim.claimant !== speaker) out.push(text(`: ${statement}`));
  const disputes = disputeSegments(graph, summary);
  out.push(...(disputes.length > 0 ? [text('; '), ...disputes] : []), text('.'));
  return out;
}

/**
 * "disputed by A and B": who disputes the claim, named in words. The claim's
 * page, which the note links, lists every disputing passage: one link per
 * note keeps the keyboard's path through the text short.
 */
function disputeSegments(graph: CorpusGraph, summary: ClaimSummary): NoteSegment[] {
  if (summary.disputers.length === 0) return [];
  const names = summary.disputers.slice(0, disputesListed).map((id) => (id ? (graph.entity(id)?.name ?? id) : 'an unnamed source'));
  const more = summary.disputers.length - names.length;
  if (more > 0) names.push(`${more} more`);
  return [text(`disputed by ${names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`}`)];
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

/** The first words of a passage ("Russia is aware of three main…"), which open its note in print. */
export function passageOpening(exact: string, words = 6): string {
  const bare = exact.replace(/^["“‘]+/, '').replace(/[,;:]?["”’]*$/, '');
  const all = bare.split(' ');
  return all.length <= words ? bare : `${all.slice(0, words).join(' ')}…`;
}
