import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { corpusJson } from '../../src/lib/export/corpus-json.ts';
import { annotationCollection } from '../../src/lib/export/web-annotation.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { noteToPlainText } from '../../src/lib/notes/note-text.ts';
import { noteFor } from '../../src/lib/notes/margin-note.ts';
import { isResponse, responseKinds, stanceVerbs } from '../../src/lib/corpus/stance.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';
import { validateAnnotationCollection } from '../helpers/web-annotation.ts';

// A document that answers the claim of the valid fixture conditionally.
const response = `---
title: Response
publisher: unknown
published: unknown
language: en
summary: A sample conditional response.
---

<Quote anchor="if-confirmed" speaker="russian-defence-ministry" via="rt" mode="paraphrase" claim="isis-oil-income" stance="conditional" note="Would protest if confirmed.">The ministry will protest if the figure is confirmed</Quote>, wrote <Mention entity="rt">RT</Mention>.
`;

function graphWithResponse() {
  const files = fixtureContent(['valid']);
  files.documents.push({ file: 'content/documents/response.mdx', text: response });
  files.sources.push({
    file: 'content/sources/response.txt',
    text: 'Response\n\nThe ministry will protest if the figure is confirmed, wrote RT.\n',
  });
  const analysis = analyseContent(files);
  expect(analysis.diagnostics).toEqual([]);
  return buildGraph(analysis.corpus);
}

describe('the conditional stance', () => {
  const graph = graphWithResponse();
  const urls = makeUrls('/reader/', 'https://example.org');

  it('is read from stance="conditional" and kept on the quote', () => {
    const a = graph.annotation('response', 'if-confirmed')!.annotation;
    expect(a.type === 'quote' && a.stance).toBe('conditional');
  });

  it('puts the passage in the claim’s ledger of responses but never in its dispute ledger', () => {
    expect(graph.appearancesOf('isis-oil-income').map((a) => a.annotation.anchor)).toEqual(['q-sergey-rudskoy-1', 'if-confirmed']);
    expect(graph.disputesOf('isis-oil-income')).toEqual([]);
    expect(graph.responsesOf('isis-oil-income').map((a) => a.annotation.anchor)).toEqual(['if-confirmed']);
  });

  it('says in the note what the response is, and no asserting note calls the claim disputed', () => {
    const note = noteFor(graph, graph.annotation('response', 'if-confirmed')!);
    expect(note.kind).toBe('attribution');
    expect(note.lead).toBe('Russian Defence Ministry · conditional reply');
    expect(noteToPlainText(note.segments)).toBe(
      'Would protest if confirmed. Responds conditionally to the claim “The Russian Defence Ministry said ISIS earned about $3 million a day from oil before Russian strikes”, neither asserting nor disputing it.',
    );
    const asserting = noteToPlainText(noteFor(graph, graph.annotation('valid', 'q-sergey-rudskoy-1')!).segments);
    expect(asserting).not.toMatch(/disput/);
  });

  it('tags the export’s annotation “conditional” beside its kind, and the collection still validates', () => {
    const collection = annotationCollection(graph, graph.document('response')!, urls);
    expect(validateAnnotationCollection(collection)).toEqual([]);
    const item = collection.first.items.find((i) => i.id.endsWith('#if-confirmed'))!;
    const tags = (item.body as { purpose?: string; value?: string }[]).filter((b) => b.purpose === 'tagging').map((b) => b.value);
    expect(tags).toEqual(['attribution', 'conditional']);
    expect(item.motivation).toBe('describing');
  });

  it('records the stance in corpus.json and lists the passage as the claim’s conditional response, not a dispute', () => {
    const data = corpusJson(graph, urls) as unknown as { records: Record<string, Record<string, unknown>[]> } & Record<
      string,
      Record<string, unknown>[]
    >;
    const records = (data.records ?? data) as Record<string, Record<string, unknown>[]>;
    const claim = records.claims!.find((c) => c.id === 'isis-oil-income')!;
    const quote = records.quotes!.find((q) => q.anchor === 'if-confirmed' || String(q.id).endsWith('if-confirmed'))!;
    expect(quote.stance).toBe('conditional');
    expect(claim.conditional).toEqual([quote.id]);
    expect(claim.disputes).toEqual([]);
    expect(claim.appearances).not.toContain(quote.id);
    expect(records.disputes).toEqual([]);
  });

  it('has words for every stance, and only disputing and conditional passages are responses', () => {
    expect(stanceVerbs).toEqual({ asserts: 'states', disputes: 'disputes', conditional: 'responds conditionally to' });
    expect(Object.keys(responseKinds)).toEqual(['disputes', 'conditional']);
    expect(['asserts', 'disputes', 'conditional'].filter((s) => isResponse(s as never))).toEqual(['disputes', 'conditional']);
  });
});
