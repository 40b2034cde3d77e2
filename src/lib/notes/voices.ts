import type { CorpusGraph } from '../corpus/graph.ts';
import { chainSegments, documentCommons } from './margin-note.ts';
import type { NoteSegment } from './note-text.ts';
import type { AnalysedDocument, QuoteAnnotation } from '../corpus/types.ts';

/** One speaker of a document: how often they are quoted, and where first. */
export interface Voice {
  /** Entity id; absent for passages that name no source. */
  id?: string;
  name: string;
  count: number;
  /** Anchor of the speaker's first passage in the document. */
  first: string;
}

/** Who speaks in a document, by side: those whose words carry its claims, and those who reply or dispute. */
export interface Voices {
  speak: Voice[];
  dispute: Voice[];
  /** Passages that name no source. */
  unnamed?: Voice;
  /** The outlet chain most quotes reached this copy through, and the event most were said at. */
  chain?: NoteSegment[];
  event?: { id: string; name: string };
}

/**
 * The Voices panel of a document: every speaker with the number of their
 * quotes, in order of first appearance; a speaker with any quote that
 * disputes a claim or answers it conditionally stands with those who reply.
 */
export function voicesOf(graph: CorpusGraph, document: AnalysedDocument): Voices {
  const bySpeaker = new Map<string, { voice: Voice; disputes: boolean }>();
  let unnamed: Voice | undefined;
  for (const a of document.annotations) {
    if (a.type !== 'quote') continue;
    const q = a as QuoteAnnotation;
    if (!q.speaker || q.mode === 'unattributed') {
      unnamed ??= { name: 'No named source', count: 0, first: q.anchor };
      unnamed.count++;
      continue;
    }
    let entry = bySpeaker.get(q.speaker);
    if (!entry)
      bySpeaker.set(
        q.speaker,
        (entry = {
          voice: { id: q.speaker, name: graph.entity(q.speaker)?.name ?? q.speaker, count: 0, first: q.anchor },
          disputes: false,
        }),
      );
    entry.voice.count++;
    if (q.stance !== 'asserts') entry.disputes = true;
  }
  const all = [...bySpeaker.values()];
  const shared = documentCommons(document);
  const event = shared.event ? graph.entity(shared.event) : undefined;
  return {
    speak: all.filter((e) => !e.disputes).map((e) => e.voice),
    dispute: all.filter((e) => e.disputes).map((e) => e.voice),
    unnamed,
    chain: shared.via ? chainSegments(graph, document, shared.via) : undefined,
    event: event ? { id: event.id, name: event.name } : undefined,
  };
}

/** The panel's groups in order, each with its speakers; groups with no one are left out. */
export function voiceGroups(voices: Voices): { title: string; voices: Voice[] }[] {
  const groups = [
    { title: 'Speak', voices: voices.speak },
    { title: 'Reply or dispute', voices: voices.dispute },
    { title: 'Unnamed', voices: voices.unnamed ? [voices.unnamed] : [] },
  ];
  return groups.filter((g) => g.voices.length > 0);
}
