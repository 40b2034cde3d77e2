// /data/corpus.json: the whole corpus graph for researchers, in one pass over
// the documents' annotations. Every record carries its id, the anchor and the
// absolute URL of the passage or page it comes from, so it can be cited.
// The format is documented field by field in corpus-json-fields.ts, which the
// page /data/ renders and a test holds to the output.
import type { CorpusGraph } from '../corpus/graph.ts';
import { noteToPlainText, type NoteSegment } from '../notes/note-text.ts';
import type { AnalysedDocument, Annotation } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';
import { CORPUS_FORMAT, CORPUS_VERSION, recordTypes, type RecordType } from './corpus-json-fields.ts';
import { siteFiles } from './site-files.ts';
import { push } from '../multimap.ts';

const annotationId = (document: AnalysedDocument, anchor: string) => `${document.slug}#${anchor}`;

function noteParts(segments: NoteSegment[] | undefined, urls: Urls) {
  if (!segments || segments.length === 0) return { note: null, noteLinks: [] };
  return {
    note: noteToPlainText(segments).trim(),
    noteLinks: segments.flatMap((s) => (s.kind === 'link' ? [{ text: s.text, url: urls.target(s.target) }] : [])),
  };
}

function passage(document: AnalysedDocument, a: Annotation, urls: Urls) {
  return {
    id: annotationId(document, a.anchor),
    document: document.slug,
    anchor: a.anchor,
    url: urls.document(document.slug, a.anchor),
    exact: a.exact,
    prefix: a.prefix,
    suffix: a.suffix,
    start: a.start,
    end: a.end,
    sentence: a.sentence,
    parent: a.parent ? annotationId(document, a.parent) : null,
  };
}

/** The corpus as one JSON value. `urls` must be absolute. */
export function corpusJson(graph: CorpusGraph, urls: Urls) {
  const files = siteFiles(urls);
  const quotes: object[] = [];
  const mentions: object[] = [];
  const claimSpans: object[] = [];
  const notes: object[] = [];
  const disputes: object[] = [];
  const claimsByDocument = new Map<string, Set<string>>();
  const appearances = new Map<string, string[]>();
  const disputed = new Map<string, string[]>();
  const conditional = new Map<string, string[]>();
  const quotesBy = new Map<string, string[]>();
  const mentionsOf = new Map<string, string[]>();

  // One pass over every annotation of every document.
  for (const document of graph.documents) {
    const claims = new Set<string>();
    claimsByDocument.set(document.slug, claims);
    for (const a of document.annotations) {
      const base = passage(document, a, urls);
      if (a.type === 'mention') {
        mentions.push({ ...base, entity: a.entity });
        push(mentionsOf, a.entity, base.id);
      } else if (a.type === 'note') {
        notes.push({ ...base, kind: a.kind, ...noteParts(a.note, urls) });
      } else {
        if (a.type === 'quote') {
          quotes.push({
            ...base,
            speaker: a.speaker ?? null,
            via: a.via,
            event: a.event ?? null,
            mode: a.mode,
            claim: a.claim ?? null,
            stance: a.stance,
            ...noteParts(a.note, urls),
          });
          if (a.speaker) push(quotesBy, a.speaker, base.id);
        } else {
          claimSpans.push({ ...base, claim: a.claim, stance: a.stance, ...noteParts(a.note, urls) });
        }
        if (a.claim) {
          claims.add(a.claim);
          if (a.stance === 'disputes') {
            push(disputed, a.claim, base.id);
            disputes.push({
              claim: a.claim,
              annotation: base.id,
              document: document.slug,
              url: base.url,
              by: a.type === 'quote' ? (a.speaker ?? null) : null,
            });
          } else if (a.stance === 'conditional') {
            push(conditional, a.claim, base.id);
          } else {
            push(appearances, a.claim, base.id);
          }
        }
      }
    }
  }

  const documents = graph.documents.map((document) => {
    const d = document.data;
    return {
      id: document.slug,
      url: urls.document(document.slug),
      annotationsUrl: urls.annotations(document.slug),
      title: d.title,
      publisher: d.publisher ?? null,
      originalPublisher: d.originalPublisher ?? null,
      author: d.author ?? null,
      published: d.published ?? null,
      originalPublished: d.originalPublished ?? null,
      sourceUrl: d.url ?? null,
      language: d.language,
      summary: d.summary,
      trimmed: d.trimmed.map((t) => ({ text: t.text, reason: t.reason })),
      text: document.text,
      entities: graph.entitiesIn(document.slug).map((e) => e.id),
      claims: [...(claimsByDocument.get(document.slug) ?? [])].sort(),
    };
  });
  const entities = graph.entities.map((e) => ({
    id: e.id,
    url: urls.entity(e.id),
    name: e.name,
    kind: e.kind,
    aliases: e.aliases,
    outsideSpellings: e.outsideSpellings,
    role: e.role,
    affiliations: e.affiliations,
    sameAs: e.sameAs,
    documents: graph.documentsOf(e.id).map((d) => d.slug),
    quotes: quotesBy.get(e.id) ?? [],
    mentions: mentionsOf.get(e.id) ?? [],
  }));
  const claims = graph.claims.map((c) => ({
    id: c.id,
    url: urls.claim(c.id),
    label: c.label ?? null,
    statement: c.statement,
    claimant: c.claimant,
    firstMade: 'event' in c.firstMade ? { type: 'event', id: c.firstMade.event } : { type: 'document', id: c.firstMade.document },
    date: c.date ?? null,
    figures: c.figures,
    note: c.note ?? null,
    appearances: appearances.get(c.id) ?? [],
    disputes: disputed.get(c.id) ?? [],
    conditional: conditional.get(c.id) ?? [],
  }));

  const records = { documents, entities, claims, quotes, mentions, claimSpans, notes, disputes };
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    site: urls.home(),
    documentation: files.data,
    counts: Object.fromEntries(recordTypes.map((type) => [type, records[type].length])) as Record<RecordType, number>,
    ...records,
  };
}
