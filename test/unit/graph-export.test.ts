import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { noteFor } from '../../src/lib/notes.ts';
import { noteToPlainText } from '../../src/lib/note-text.ts';
import { annotationCollection } from '../../src/lib/export/web-annotation.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { validateAnnotationCollection } from '../helpers/web-annotation.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

// A second document that disputes the claim the valid fixture asserts.
const denial = `---
title: Denial
publisher: unknown
published: unknown
language: en
summary: A sample denial.
---

<Quote speaker="russian-defence-ministry" mode="paraphrase" claim="isis-oil-income" stance="disputes">The ministry later said the figure was wrong</Quote>, wrote <Mention entity="rt">RT</Mention>.
`;

function corpus() {
  const files = fixtureContent(['valid']);
  files.documents.push({ file: 'content/documents/denial.mdx', text: denial });
  files.sources.push({ file: 'content/sources/denial.txt', text: 'Denial\n\nThe ministry later said the figure was wrong, wrote RT.\n' });
  const analysis = analyseContent(files);
  expect(analysis.diagnostics).toEqual([]);
  return buildGraph(analysis.corpus);
}

describe('corpus graph', () => {
  const graph = corpus();

  it('links a mention to its entity and the entity to its documents', () => {
    expect(graph.mentionsOf('sergey-rudskoy').map((m) => `${m.document.slug}#${m.annotation.anchor}`)).toEqual(['valid#m-sergey-rudskoy-1']);
    expect(graph.documentsOf('rt').map((d) => d.slug).sort()).toEqual(['denial', 'valid']);
  });

  it('lists a claim’s appearances in every document and its disputes apart', () => {
    expect(graph.appearancesOf('isis-oil-income').map((a) => a.document.slug)).toEqual(['valid', 'denial']);
    expect(graph.disputesOf('isis-oil-income').map((a) => a.annotation.anchor)).toEqual(['q-russian-defence-ministry-1']);
  });

  it('lists quotes by speaker', () => {
    expect(graph.quotesBy('sergey-rudskoy').map((q) => q.annotation.exact)).toEqual(['"The income of this terrorist organization was about $3 million per day,"']);
  });

  it('orders documents by date with unknown dates last', () => {
    expect(graph.documents.map((d) => d.slug)).toEqual(['valid', 'denial']);
  });

  it('writes an attribution note naming the speaker, event, outlet chain and the dispute', () => {
    const note = noteFor(graph, graph.annotation('valid', 'q-sergey-rudskoy-1')!);
    expect(note.kind).toBe('attribution');
    expect(noteToPlainText(note.segments)).toBe(
      'Sergey Rudskoy, quoted directly, at Moscow briefing. Via RT (this copy). Claim: ISIS oil income (also in 1 other document); disputed by Russian Defence Ministry (Denial).',
    );
  });

  it('writes a dispute note for a quote that contests a claim', () => {
    const note = noteFor(graph, graph.annotation('denial', 'q-russian-defence-ministry-1')!);
    expect(note.kind).toBe('dispute');
    expect(noteToPlainText(note.segments)).toBe('Russian Defence Ministry, paraphrased. No outlet named; carried by this copy (publisher unknown). Disputes: ISIS oil income (also in 1 other document).');
  });
});

describe('annotation export', () => {
  const graph = corpus();
  const urls = makeUrls('/reader/', 'https://example.org');
  const collection = annotationCollection(graph, graph.document('valid')!, urls);

  it('passes the project’s schema of the Web Annotation model', () => {
    expect(validateAnnotationCollection(collection)).toEqual([]);
  });

  it('has one annotation per annotated span, with the W3C motivation of its kind', () => {
    expect(collection.total).toBe(3);
    expect(collection.first.items.map((a) => [a.id, a.motivation])).toEqual([
      ['https://example.org/reader/annotations/valid.jsonld#q-sergey-rudskoy-1', 'describing'],
      ['https://example.org/reader/annotations/valid.jsonld#m-sergey-rudskoy-1', 'identifying'],
      ['https://example.org/reader/annotations/valid.jsonld#n-context-1', 'commenting'],
    ]);
  });

  it('targets the exact text with quote and position selectors on the absolute page URL', () => {
    const mention = collection.first.items[1]!;
    expect(mention.target).toEqual({
      source: 'https://example.org/reader/documents/valid/',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Sergey Rudskoy', prefix: 'on per day," Lieutenant-General ', suffix: ' said, according to RT.' },
        { type: 'TextPositionSelector', start: 93, end: 107 },
      ],
    });
    expect(graph.document('valid')!.text.slice(93, 107)).toBe('Sergey Rudskoy');
  });

  it('tags each body with its kind and links the pages it points to', () => {
    const note = collection.first.items[2]!;
    expect(note.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'context' },
      { type: 'TextualBody', purpose: 'commenting', value: 'See RT.', format: 'text/plain', language: 'en' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/reader/entities/rt/' },
    ]);
  });
});
