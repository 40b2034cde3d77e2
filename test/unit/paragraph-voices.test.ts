// The notes that follow a paragraph, and the groups of the Voices panel, on the project's own content.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { paragraphNotes } from '../../src/lib/notes/paragraph.ts';
import { voiceGroups, voicesOf } from '../../src/lib/notes/voices.ts';

const graph = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
const document = graph.document('russia-presents-proof-turkey-role')!;
const quote = document.annotations.find((a) => a.type === 'quote')!;
const mention = document.annotations.find((a) => a.type === 'mention')!;
const span = (a: { anchor: string }, cls: string) => `<span class="${cls}" id="${a.anchor}" data-doc="${document.slug}">words</span>`;

describe('the notes after a paragraph', () => {
  it('takes the paragraph’s id from its first annotation and leaves mentions without a note', () => {
    const { id, notes } = paragraphNotes(graph, `<p>${span(mention, 'mention')} said ${span(quote, 'anno anno--quote')}</p>`);
    expect(id).toBe(`p-${mention.anchor}`);
    expect(notes.map((l) => l.annotation.anchor)).toEqual([quote.anchor]);
  });

  it('gives a paragraph with no annotation neither an id nor notes', () => {
    expect(paragraphNotes(graph, '<p>Plain words.</p>')).toEqual({ id: undefined, notes: [] });
  });
});

describe('the Voices panel', () => {
  it('lists who speaks, then who replies or disputes, and leaves out a group with no one', () => {
    const groups = voiceGroups(voicesOf(graph, document));
    expect(groups.map((g) => g.title)).toEqual(['Speak', 'Reply or dispute']);
    expect(groups[0]!.voices.map((v) => v.name)).toContain('Sergey Rudskoy');
    expect(groups.every((g) => g.voices.length > 0)).toBe(true);
  });
});
