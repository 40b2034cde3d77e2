// The exports of issue 7 as pure functions of a small corpus: schema.org
// JSON-LD, the RSS feed, the sitemap, corpus.json and the site-wide annotation
// collection. The built site is checked by test/build/standards.test.ts.
import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { pageJsonLd, serializeJsonLd } from '../../src/lib/export/json-ld.ts';
import { bylineAuthors, claimJsonLd, documentJsonLd, entityJsonLd } from '../../src/lib/export/json-ld-records.ts';
import { getRssString } from '@astrojs/rss';
import { feedDocuments, feedOptions } from '../../src/lib/export/feed.ts';
import { corpusJson } from '../../src/lib/export/corpus-json.ts';
import { annotationTypes, corpusFields, fieldAnchor, ownFields, recordTypes } from '../../src/lib/export/corpus-json-fields.ts';
import { siteAnnotationCollection } from '../../src/lib/export/site-annotations.ts';
import { escapeXml } from '../../src/lib/export/xml.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';
import { feedProblems } from '../helpers/gates.ts';
import { validateAnnotationCollection } from '../helpers/web-annotation.ts';

// A republication whose own publisher and date are unknown, with a byline no
// entity answers to, a title that needs escaping, and a passage that disputes
// the claim the valid fixture asserts.
const republication = `---
title: "Denial & doubt"
publisher: unknown
originalPublisher: rt
author: "A. Nonymous"
published: unknown
originalPublished: "2015-12-02"
language: en
summary: A sample republication that disputes the figure.
---

<Quote speaker="russian-defence-ministry" mode="paraphrase" claim="isis-oil-income" stance="disputes">The ministry later said the figure was wrong</Quote>, wrote <Mention entity="rt">RT</Mention>.
`;

function graph() {
  const files = fixtureContent(['valid']);
  files.documents.push({ file: 'content/documents/republication.mdx', text: republication });
  files.sources.push({
    file: 'content/sources/republication.txt',
    text: 'Denial & doubt\n\nThe ministry later said the figure was wrong, wrote RT.\n',
  });
  const analysis = analyseContent(files);
  expect(analysis.diagnostics).toEqual([]);
  return buildGraph(analysis.corpus);
}

const g = graph();
const urls = makeUrls('/reader/', 'https://example.org');
const valid = g.document('valid')!;
const repub = g.document('republication')!;
const deep = (value: unknown) => JSON.stringify(value);

describe('schema.org JSON-LD', () => {
  it('describes a document as a NewsArticle with its publisher and date, and no isBasedOn when it is not a republication', () => {
    const article = documentJsonLd(g, valid, urls);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://example.org/reader/documents/valid/#article',
      url: 'https://example.org/reader/documents/valid/',
      headline: 'Income falls after strikes',
      datePublished: '2015-12-02',
      inLanguage: 'en',
      publisher: { '@type': 'NewsMediaOrganization', name: 'RT', url: 'https://example.org/reader/entities/rt/' },
    });
    expect(article.isBasedOn).toBeUndefined();
    expect(article.author).toBeUndefined();
    expect((article.about as { url: string }[]).map((c) => c.url)).toEqual(['https://example.org/reader/claims/isis-oil-income/']);
  });

  it('gives a republication isBasedOn the original outlet and date, invents no address, and leaves unknown fields out', () => {
    const article = documentJsonLd(g, repub, urls);
    expect(article.datePublished).toBeUndefined();
    expect(article.publisher).toBeUndefined();
    expect(article.isBasedOn).toEqual({
      '@type': 'NewsArticle',
      name: 'Original publication by RT',
      publisher: {
        '@type': 'NewsMediaOrganization',
        '@id': 'https://example.org/reader/entities/rt/#entity',
        name: 'RT',
        url: 'https://example.org/reader/entities/rt/',
      },
      datePublished: '2015-12-02',
    });
    // A byline no entity answers to stays the byline as printed.
    expect(article.author).toBe('A. Nonymous');
    expect(article.creditText).toBe('A. Nonymous');
  });

  it('reads a byline as entities only when every part names exactly one', () => {
    expect(bylineAuthors(g, 'RT')?.map((e) => e.id)).toEqual(['rt']);
    expect(bylineAuthors(g, 'Rudskoy | Russia Today')?.map((e) => e.id)).toEqual(['sergey-rudskoy', 'rt']);
    expect(bylineAuthors(g, 'Rudskoy | Someone else')).toBeUndefined();
  });

  it('types entities by kind, with their other names, affiliations and documents', () => {
    expect(entityJsonLd(g, g.entity('sergey-rudskoy')!, urls)).toMatchObject({
      '@type': 'Person',
      name: 'Sergey Rudskoy',
      alternateName: ['Rudskoy'],
      description: 'Russian lieutenant-general who presented figures at the briefing.',
      affiliation: [{ '@type': 'Organization', name: 'Russian Defence Ministry' }],
      subjectOf: [{ '@type': 'NewsArticle', url: 'https://example.org/reader/documents/valid/' }],
    });
    expect(entityJsonLd(g, g.entity('moscow-briefing')!, urls)['@type']).toBe('Event');
    expect(entityJsonLd(g, g.entity('rt')!, urls)['@type']).toBe('NewsMediaOrganization');
  });

  it('describes a claim with its author, first appearance and appearances, its disputes apart, and no rating', () => {
    const claim = claimJsonLd(g, g.claim('isis-oil-income')!, urls);
    expect(claim).toMatchObject({
      '@type': 'Claim',
      name: 'ISIS oil income',
      text: 'The Russian Defence Ministry said ISIS earned about $3 million a day from oil before Russian strikes.',
      author: { '@type': 'Organization', url: 'https://example.org/reader/entities/russian-defence-ministry/' },
      dateCreated: '2015-12-02',
      firstAppearance: {
        '@type': 'CreativeWork',
        recordedAt: { '@type': 'Event', url: 'https://example.org/reader/entities/moscow-briefing/' },
      },
      appearance: [
        { '@type': 'Quotation', url: 'https://example.org/reader/documents/valid/#q-sergey-rudskoy-1', author: { name: 'Sergey Rudskoy' } },
      ],
      subjectOf: [{ '@type': 'Quotation', url: 'https://example.org/reader/documents/republication/#q-russian-defence-ministry-1' }],
    });
    expect(deep(claim)).not.toMatch(/Review|Rating/);
  });

  it('gives every page the site and the page, with search as the site’s action', () => {
    const value = pageJsonLd({ url: 'https://example.org/reader/quotes/', name: 'Quotes' }, urls);
    expect(value['@graph']).toEqual([
      expect.objectContaining({
        '@type': 'WebSite',
        url: 'https://example.org/reader/',
        potentialAction: expect.objectContaining({ '@type': 'SearchAction' }),
      }),
      expect.objectContaining({
        '@type': 'WebPage',
        url: 'https://example.org/reader/quotes/',
        isPartOf: { '@id': 'https://example.org/reader/#website' },
      }),
    ]);
  });

  it('serialises for a script element: no "<", ">" or "&" left, and the same JSON back', () => {
    const value = { text: '</script><!-- & \u2028 \u2029 >' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('RSS feed', () => {
  it('lists dated documents newest first, then the undated ones', () => {
    expect(feedDocuments(g).map((d) => d.slug)).toEqual(['valid', 'republication']);
  });

  it('writes RFC 822 dates at midnight UTC', async () => {
    expect(await getRssString(feedOptions(g, urls))).toContain('<pubDate>Wed, 02 Dec 2015 00:00:00 GMT</pubDate>');
  });

  it('is a well-formed feed of every document, escaped, with no date for an undated one', async () => {
    const xml = await getRssString(feedOptions(g, urls));
    expect(xml).toContain('<title>Denial &amp; doubt</title>');
    const documents = g.documents.map((d) => ({ url: urls.document(d.slug), title: d.data.title, published: d.data.published ?? null }));
    expect(feedProblems(xml, documents, 'https://example.org/reader/rss.xml')).toEqual([]);
  });
});

describe('XML text', () => {
  it('escapes text for XML and drops characters XML cannot hold', () => {
    expect(escapeXml('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
  });
});

describe('corpus.json', () => {
  const data = corpusJson(g, urls) as unknown as Record<string, Record<string, unknown>[]> & { counts: Record<string, number> };

  it('holds every record, each with exactly its documented fields', () => {
    expect(Object.keys(data).sort()).toEqual(corpusFields.file.map((f) => f.field).sort());
    expect(data.counts).toEqual({ documents: 2, entities: 7, claims: 1, quotes: 2, mentions: 7, claimSpans: 0, notes: 1, disputes: 1 });
    for (const type of recordTypes) {
      expect(data[type]).toHaveLength(data.counts[type]!);
      for (const record of data[type]!) expect(Object.keys(record).sort()).toEqual(corpusFields[type].map((f) => f.field).sort());
    }
  });

  it('gives ids, anchors and absolute URLs that cite each passage, and derives the dispute ledger', () => {
    expect(data.claims[0]).toMatchObject({
      id: 'isis-oil-income',
      appearances: ['valid#q-sergey-rudskoy-1'],
      disputes: ['republication#q-russian-defence-ministry-1'],
      firstMade: { type: 'event', id: 'moscow-briefing' },
    });
    expect(data.disputes).toEqual([
      {
        claim: 'isis-oil-income',
        annotation: 'republication#q-russian-defence-ministry-1',
        document: 'republication',
        url: 'https://example.org/reader/documents/republication/#q-russian-defence-ministry-1',
        by: 'russian-defence-ministry',
      },
    ]);
    expect(data.documents.find((d) => d.id === 'republication')).toMatchObject({
      publisher: null,
      published: null,
      originalPublisher: 'rt',
      originalPublished: '2015-12-02',
      sourceUrl: null,
    });
    expect(data.notes[0]).toMatchObject({
      kind: 'context',
      note: 'See RT.',
      noteLinks: [{ text: 'RT', url: 'https://example.org/reader/entities/rt/' }],
    });
    const mention = data.mentions.find((m) => m.document === 'valid')!;
    expect(mention.url).toBe(`https://example.org/reader/documents/valid/#${mention.anchor}`);
    expect((data.documents.find((d) => d.id === 'valid')!.text as string).slice(mention.start as number, mention.end as number)).toBe(
      mention.exact,
    );
  });

  it('documents the shared annotation fields once and each type’s own fields under it', () => {
    for (const type of annotationTypes) {
      expect(ownFields(type).some((f) => f.field === 'exact')).toBe(false);
      expect(fieldAnchor(type, 'exact')).toBe('field-annotation-exact');
    }
    expect(fieldAnchor('documents', 'title')).toBe('field-documents-title');
    expect(ownFields('documents')).toEqual(corpusFields.documents);
  });
});

it('gathers every annotation of every document into one valid W3C collection', () => {
  const collection = siteAnnotationCollection(g, urls);
  expect(validateAnnotationCollection(collection)).toEqual([]);
  expect(collection.id).toBe('https://example.org/reader/annotations.jsonld');
  expect(collection.total).toBe(valid.annotations.length + repub.annotations.length);
  expect(collection.first.items[0]!.id).toBe('https://example.org/reader/annotations/valid.jsonld#q-sergey-rudskoy-1');
});
