import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { noteFor } from '../../src/lib/notes/margin-note.ts';
import { voicesOf } from '../../src/lib/notes/voices.ts';
import { noteToPlainText } from '../../src/lib/notes/note-text.ts';
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

<Quote speaker="russian-defence-ministry" via="rt" mode="paraphrase" claim="isis-oil-income" stance="disputes">The ministry later said the figure was wrong</Quote>, wrote <Mention entity="rt">RT</Mention>.
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
    expect(graph.mentionsOf('sergey-rudskoy').map((m) => `${m.document.slug}#${m.annotation.anchor}`)).toEqual([
      'valid#m-sergey-rudskoy-1',
    ]);
    expect(
      graph
        .documentsOf('rt')
        .map((d) => d.slug)
        .sort(),
    ).toEqual(['denial', 'valid']);
  });

  it('lists a claim’s appearances in every document and its disputes apart', () => {
    expect(graph.appearancesOf('isis-oil-income').map((a) => a.document.slug)).toEqual(['valid', 'denial']);
    expect(graph.disputesOf('isis-oil-income').map((a) => a.annotation.anchor)).toEqual(['q-russian-defence-ministry-1']);
  });

  it('lists quotes by speaker', () => {
    expect(graph.quotesBy('sergey-rudskoy').map((q) => q.annotation.exact)).toEqual([
      '"The income of this terrorist organization was about $3 million per day,"',
    ]);
  });

  it('orders documents by date with unknown dates last', () => {
    expect(graph.documents.map((d) => d.slug)).toEqual(['valid', 'denial']);
  });

  it('writes an attribution note that leads with the speaker, then the claim and who disputes it; the event and chain the document shares stay out', () => {
    const note = noteFor(graph, graph.annotation('valid', 'q-sergey-rudskoy-1')!);
    expect(note.kind).toBe('attribution');
    expect(note.lead).toBe('Rudskoy · quoted');
    expect(noteToPlainText(note.segments)).toBe(
      'Claim in 2 documents: “The Russian Defence Ministry said ISIS earned about $3 million a day from oil before Russian strikes”; disputed by Russian Defence Ministry.',
    );
  });

  it('writes a dispute note for a quote that contests a claim', () => {
    const note = noteFor(graph, graph.annotation('denial', 'q-russian-defence-ministry-1')!);
    expect(note.kind).toBe('dispute');
    expect(note.lead).toBe('Russian Defence Ministry · disputes');
    expect(noteToPlainText(note.segments)).toBe(
      'Disputes the claim “The Russian Defence Ministry said ISIS earned about $3 million a day from oil before Russian strikes”.',
    );
  });
});

// Sources: the headline, then the text of each extra document below.
const extra = (slug: string, frontmatter: string, body: string, source: string) => ({
  document: { file: `content/documents/${slug}.mdx`, text: `---\n${frontmatter}\nlanguage: en\nsummary: A sample.\n---\n\n${body}\n` },
  source: { file: `content/sources/${slug}.txt`, text: `${slug}\n\n${source}\n` },
});

function widerCorpus() {
  const files = fixtureContent(['valid']);
  const docs = [
    extra(
      'denial',
      'title: denial\npublisher: unknown\npublished: unknown',
      '<Quote speaker="russian-defence-ministry" claim="isis-oil-income" stance="disputes">Wrong</Quote>, said <Quote speaker="sergey-rudskoy" claim="isis-oil-income" stance="disputes">one</Quote> and <Quote speaker="russian-defence-ministry" claim="isis-oil-income" stance="disputes">again</Quote>.',
      'Wrong, said one and again.',
    ),
    extra(
      'copy',
      'title: copy\npublisher: unknown\noriginalPublisher: rt\npublished: unknown',
      '<Quote speaker="sergey-rudskoy" mode="paraphrase">Income fell</Quote>, he said. <Quote mode="unattributed" claim="isis-oil-income">It is widely believed</Quote>. <Claim claim="isis-oil-income">Income was $3 million</Claim>.',
      'Income fell, he said. It is widely believed. Income was $3 million.',
    ),
  ];
  for (const d of docs) {
    files.documents.push(d.document);
    files.sources.push(d.source);
  }
  const analysis = analyseContent(files);
  expect(analysis.diagnostics).toEqual([]);
  return buildGraph(analysis.corpus);
}

describe('margin note wording', () => {
  const graph = widerCorpus();
  const plain = (slug: string, anchor: string) => noteToPlainText(noteFor(graph, graph.annotation(slug, anchor)!).segments);

  it('names each disputer once, in words, and links only the claim, whose page lists every disputing passage', () => {
    const note = noteFor(graph, graph.annotation('valid', 'q-sergey-rudskoy-1')!);
    expect(noteToPlainText(note.segments)).toBe(
      'Claim in 3 documents: “The Russian Defence Ministry said ISIS earned about $3 million a day from oil before Russian strikes”; disputed by Russian Defence Ministry and Sergey Rudskoy.',
    );
    expect(note.segments.filter((s) => s.kind === 'link').map((s) => s.kind === 'link' && s.target)).toEqual([
      { type: 'claim', id: 'isis-oil-income' },
    ]);
  });

  it('says the chain most quotes share once, in the Voices panel, with the original publisher of a republished copy', () => {
    expect(noteToPlainText(voicesOf(graph, graph.document('copy')!).chain!)).toBe('No outlet named → RT → this copy (publisher unknown)');
    // The one attributed quote shares that chain, so its note names the speaker instead.
    expect(plain('copy', 'q-sergey-rudskoy-1')).toMatch(/^Sergey Rudskoy: /);
  });

  it('says plainly that an unattributed assertion names no source, and sets the claim as first made beside it', () => {
    expect(plain('copy', 'q-isis-oil-income-1')).toBe(
      'No specific source is named. Claim in 3 documents: “The Russian Defence Ministry said ISIS earned about $3 million a day from oil before Russian strikes”; disputed by Russian Defence Ministry and Sergey Rudskoy.',
    );
  });

  it('leads a claim stated in the document’s own words with “The document”, then the claim', () => {
    const note = noteFor(graph, graph.annotation('copy', 'c-isis-oil-income-1')!);
    expect(note.lead).toBe('The document · claim');
    expect(plain('copy', 'c-isis-oil-income-1')).toMatch(
      /^Claim in 3 documents: “The Russian Defence Ministry said ISIS earned about \$3 million a day/,
    );
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
    expect(collection.total).toBe(8);
    expect(collection.first.items.map((a) => [a.id, a.motivation])).toEqual([
      ['https://example.org/reader/annotations/valid.jsonld#q-sergey-rudskoy-1', 'describing'],
      ['https://example.org/reader/annotations/valid.jsonld#m-sergey-rudskoy-1', 'identifying'],
      ['https://example.org/reader/annotations/valid.jsonld#n-context-1', 'commenting'],
      ...['russian-defence-ministry', 'moscow-briefing', 'moscow', 'russia', 'sputnik'].map((id) => [
        `https://example.org/reader/annotations/valid.jsonld#m-${id}-1`,
        'identifying',
      ]),
    ]);
  });

  it("targets the exact text on the absolute page URL, by quote in the page's text and by position in its paragraph", () => {
    const mention = collection.first.items[1]!;
    const text = graph.document('valid')!.text;
    const blankLine = text.lastIndexOf('\n\n', 93);
    const paragraph = blankLine < 0 ? 0 : blankLine + 2;
    expect(mention.target).toEqual({
      source: 'https://example.org/reader/documents/valid/',
      selector: [
        // The suffix runs past the paragraph into the note that follows it on the page.
        {
          type: 'TextQuoteSelector',
          exact: 'Sergey Rudskoy',
          prefix: 'on per day," Lieutenant-General ',
          suffix: expect.stringMatching(/^ said, according to RT\.\S/),
        },
        {
          type: 'CssSelector',
          value: expect.stringMatching(/^#p-/),
          refinedBy: { type: 'TextPositionSelector', start: 93 - paragraph, end: 107 - paragraph },
        },
      ],
    });
    expect(text.slice(93, 107)).toBe('Sergey Rudskoy');
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
