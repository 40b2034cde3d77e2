// The format of /data/corpus.json, field by field: what the page /data/
// renders and what a test holds the output of corpus-json.ts to.

export const CORPUS_FORMAT = 'oil-briefing-reader/corpus';
export const CORPUS_VERSION = 1;

export interface FieldDoc {
  field: string;
  type: string;
  description: string;
}

/** The record types of corpus.json, in the order they appear in the file. */
export const recordTypes = ['documents', 'entities', 'claims', 'quotes', 'mentions', 'claimSpans', 'notes', 'disputes'] as const;
export type RecordType = (typeof recordTypes)[number];

/** Fields every annotation record (quotes, mentions, claimSpans, notes) has. */
export const annotationFields: FieldDoc[] = [
  {
    field: 'id',
    type: 'string',
    description:
      'Identifier of the annotation: the document slug and the anchor, as "<document>#<anchor>". Unique in the corpus and stable across builds.',
  },
  { field: 'document', type: 'string', description: 'Slug of the document the annotation stands in (a key of documents).' },
  { field: 'anchor', type: 'string', description: 'Fragment id of the annotated span on the document page.' },
  { field: 'url', type: 'URL', description: 'Absolute URL of the passage: the document page with the anchor, to cite or link.' },
  { field: 'exact', type: 'string', description: 'The annotated words, exactly as in the document text.' },
  { field: 'prefix', type: 'string', description: 'Up to 32 characters of text just before the span.' },
  { field: 'suffix', type: 'string', description: 'Up to 32 characters of text just after the span.' },
  {
    field: 'start',
    type: 'integer',
    description:
      'Offset of the first character of the span in the document’s text (documents[].text), counted in UTF-16 code units as JavaScript strings are.',
  },
  { field: 'end', type: 'integer', description: 'Offset just past the last character of the span, in the same text.' },
  { field: 'sentence', type: 'string', description: 'The sentence the span stands in.' },
  {
    field: 'parent',
    type: 'string | null',
    description: 'id of the annotation this one is nested in (a mention inside a quote), or null.',
  },
];

const noteFields: FieldDoc[] = [
  {
    field: 'note',
    type: 'string | null',
    description: 'The editor’s note as plain text (link labels kept, link targets in noteLinks), or null when there is none.',
  },
  {
    field: 'noteLinks',
    type: 'array of { text, url }',
    description: 'Links in the note: their label and absolute URL (a page of this site or a named public source).',
  },
];

/** Every field of every record type, with its type and meaning. */
export const corpusFields: Record<'file' | RecordType, FieldDoc[]> = {
  file: [
    { field: 'format', type: 'string', description: `Always "${CORPUS_FORMAT}".` },
    {
      field: 'version',
      type: 'integer',
      description: `Version of this format (now ${CORPUS_VERSION}); it changes only when a field changes meaning or is removed.`,
    },
    { field: 'site', type: 'URL', description: 'Absolute URL of the site the data comes from.' },
    { field: 'documentation', type: 'URL', description: 'Absolute URL of the page that documents this format.' },
    { field: 'counts', type: 'object', description: 'The number of records of each type, keyed by record type.' },
    ...recordTypes.map((type) => ({
      field: type,
      type: 'array',
      description: `Every ${type === 'claimSpans' ? 'claim span' : type.replace(/s$/, '')} record (see below).`,
    })),
  ],
  documents: [
    { field: 'id', type: 'string', description: 'The document’s slug: its file name and the last part of its URL.' },
    { field: 'url', type: 'URL', description: 'Absolute URL of the annotated document page.' },
    {
      field: 'annotationsUrl',
      type: 'URL',
      description: 'Absolute URL of the document’s annotations as a W3C Web Annotation collection (JSON-LD).',
    },
    { field: 'title', type: 'string', description: 'The headline exactly as published.' },
    {
      field: 'publisher',
      type: 'string | null',
      description: 'Entity id of the outlet this copy comes from, or null when the copy does not say.',
    },
    {
      field: 'originalPublisher',
      type: 'string | null',
      description: 'Entity id of the outlet that first published the article, when this copy is a republication; otherwise null.',
    },
    { field: 'author', type: 'string | null', description: 'The byline as printed, or null when there is none.' },
    { field: 'published', type: 'date | null', description: 'Date this copy was published (YYYY-MM-DD), or null when unknown.' },
    {
      field: 'originalPublished',
      type: 'date | null',
      description: 'Date of the original publication, for a republication, when known; otherwise null.',
    },
    {
      field: 'sourceUrl',
      type: 'URL | null',
      description: 'Address of the article as published, only when it is known (never guessed); otherwise null.',
    },
    { field: 'language', type: 'string', description: 'BCP 47 language tag of the text ("en").' },
    { field: 'summary', type: 'string', description: 'One neutral sentence saying what the document reports.' },
    {
      field: 'trimmed',
      type: 'array of { text, reason }',
      description: 'Passages of the archived copy the page leaves out (share widgets, footers), each with the reason.',
    },
    {
      field: 'text',
      type: 'string',
      description:
        'The document’s plain text: its blocks joined by blank lines, whitespace inside a block collapsed. The start and end offsets of every annotation count in this text.',
    },
    {
      field: 'entities',
      type: 'array of string',
      description: 'Ids of the entities the document refers to (mentions, speakers, outlets, events, publishers), by name.',
    },
    { field: 'claims', type: 'array of string', description: 'Ids of the claims that appear in the document, asserted or disputed.' },
  ],
  entities: [
    { field: 'id', type: 'string', description: 'The entity’s id (kebab-case), the last part of its URL.' },
    { field: 'url', type: 'URL', description: 'Absolute URL of the entity page.' },
    { field: 'name', type: 'string', description: 'Canonical name, with its usual diacritics.' },
    { field: 'kind', type: 'string', description: 'One of person, organization, outlet, place, event.' },
    { field: 'aliases', type: 'array of string', description: 'Other names and every variant spelling used in the documents.' },
    {
      field: 'outsideSpellings',
      type: 'array of string',
      description: 'Names used outside the documents (a common form, an abbreviation), kept for search; none occurs in a document.',
    },
    { field: 'role', type: 'string', description: 'One line saying who or what this is, as the documents describe it.' },
    { field: 'affiliations', type: 'array of string', description: 'Ids of entities this one belongs to or works for.' },
    { field: 'sameAs', type: 'array of URL', description: 'Public pages about the same entity (Wikipedia, Wikidata), when recorded.' },
    {
      field: 'documents',
      type: 'array of string',
      description: 'Slugs of the documents that mention or quote the entity, or name it as a publisher or outlet.',
    },
    { field: 'quotes', type: 'array of string', description: 'ids of the quotes whose speaker is this entity.' },
    { field: 'mentions', type: 'array of string', description: 'ids of the mentions of this entity.' },
  ],
  claims: [
    { field: 'id', type: 'string', description: 'The claim’s id (kebab-case), the last part of its URL.' },
    { field: 'url', type: 'URL', description: 'Absolute URL of the claim page.' },
    { field: 'label', type: 'string | null', description: 'A short name for the claim, or null (use the statement).' },
    { field: 'statement', type: 'string', description: 'One neutral sentence saying who claims what. The site does not rate claims.' },
    { field: 'claimant', type: 'string', description: 'Entity id of whoever first made the claim.' },
    {
      field: 'firstMade',
      type: '{ type, id }',
      description: 'Where the claim was first made: type "event" with an entity id, or type "document" with a document slug.',
    },
    { field: 'date', type: 'date | null', description: 'When the claim was first made (YYYY-MM-DD), or null when unknown.' },
    { field: 'figures', type: 'array of string', description: 'The figures the claim contains, as first stated.' },
    {
      field: 'note',
      type: 'string | null',
      description:
        'Editorial note on the record: why the claimant is who it is, or what is known of where the claim was first made; null when there is none.',
    },
    {
      field: 'appearances',
      type: 'array of string',
      description: 'ids of the quotes and claim spans that assert the claim, in document order.',
    },
    {
      field: 'disputes',
      type: 'array of string',
      description: 'ids of the quotes and claim spans that dispute the claim: its dispute ledger, derived from the documents.',
    },
    {
      field: 'conditional',
      type: 'array of string',
      description:
        'ids of the quotes and claim spans that answer the claim conditionally (“will protest if it is confirmed”): they neither assert nor dispute it and are not counted as disputes.',
    },
  ],
  quotes: [
    ...annotationFields,
    {
      field: 'speaker',
      type: 'string | null',
      description: 'Entity id of who said the words; null for an assertion with no named source.',
    },
    {
      field: 'via',
      type: 'array of string',
      description: 'Entity ids of the outlets that relayed the words, first reporter first, as the document states them.',
    },
    { field: 'event', type: 'string | null', description: 'Entity id of the event where the words were said, or null.' },
    { field: 'mode', type: 'string', description: 'direct (quoted), paraphrase, or unattributed (no named source).' },
    { field: 'claim', type: 'string | null', description: 'Id of the claim the quote asserts or disputes, or null.' },
    {
      field: 'stance',
      type: 'string',
      description:
        'asserts, disputes or conditional (answers the claim without asserting or disputing it); asserts when there is no claim.',
    },
    ...noteFields,
  ],
  mentions: [...annotationFields, { field: 'entity', type: 'string', description: 'Id of the entity the words refer to.' }],
  claimSpans: [
    ...annotationFields,
    { field: 'claim', type: 'string', description: 'Id of the claim the words state without quoting anyone.' },
    { field: 'stance', type: 'string', description: 'asserts, disputes or conditional.' },
    ...noteFields,
  ],
  notes: [
    ...annotationFields,
    { field: 'kind', type: 'string', description: 'attribution, dispute, context or correction.' },
    ...noteFields,
  ],
  disputes: [
    { field: 'claim', type: 'string', description: 'Id of the disputed claim.' },
    { field: 'annotation', type: 'string', description: 'id of the quote or claim span that disputes it.' },
    { field: 'document', type: 'string', description: 'Slug of the document the dispute stands in.' },
    { field: 'url', type: 'URL', description: 'Absolute URL of the disputing passage.' },
    {
      field: 'by',
      type: 'string | null',
      description: 'Entity id of who disputes the claim (the quote’s speaker), or null when the passage names no one.',
    },
  ],
};

/** The record types that are annotations, and share `annotationFields`. */
export const annotationTypes: readonly RecordType[] = ['quotes', 'mentions', 'claimSpans', 'notes'];

/** The fields of a record type documented apart from the shared annotation fields. */
export function ownFields(type: 'file' | RecordType): FieldDoc[] {
  if (!annotationTypes.includes(type as RecordType)) return corpusFields[type];
  const shared = new Set(annotationFields.map((f) => f.field));
  return corpusFields[type].filter((f) => !shared.has(f.field));
}

/** The id of a field's entry on /data/ (`field-documents-title`, `field-annotation-exact`). */
export function fieldAnchor(type: 'file' | RecordType, field: string): string {
  const shared = annotationTypes.includes(type as RecordType) && annotationFields.some((f) => f.field === field);
  return shared ? `field-annotation-${field}` : `field-${type}-${field}`;
}
