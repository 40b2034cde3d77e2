import { corpusJson } from '../export/corpus-json.ts';
import {
  annotationFields,
  annotationTypes,
  fieldAnchor,
  ownFields,
  recordTypes,
  type FieldDoc,
  type RecordType,
} from '../export/corpus-json-fields.ts';
import { annotationFiles } from './documents.ts';
import type { Summary } from './paging.ts';
import { datasetJsonLd } from '../export/json-ld-records.ts';
import { siteFiles } from '../export/site-files.ts';
import type { JsonLd } from '../export/json-ld.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import type { Urls } from '../urls.ts';

/**
 * /data/: the downloads with what each holds, an example of citing a record,
 * and the format of corpus.json section by section, from the same field
 * descriptions the export is tested against.
 */
const titles: Record<'file' | RecordType, string> = {
  file: 'The file',
  documents: 'documents',
  entities: 'entities',
  claims: 'claims',
  quotes: 'quotes',
  mentions: 'mentions',
  claimSpans: 'claimSpans',
  notes: 'notes',
  disputes: 'disputes',
};

const intros: Record<'file' | RecordType, string> = {
  file: 'corpus.json is one JSON object. Records refer to each other by id: an entity id, a claim id, a document slug, or an annotation id "<document>#<anchor>". Unknown values are null, never guessed; lists are empty rather than absent.',
  documents: 'One record per document, in date order (unknown dates last).',
  entities: 'People, organisations, outlets, places and events, by name.',
  claims:
    'Claims tracked across documents. The dispute ledger is derived from the quotes and claim spans that dispute the claim; the site rates nothing true or false.',
  quotes: 'Words attributed to a speaker (or to no named source), with the outlet chain that relayed them.',
  mentions: 'Words that refer to an entity.',
  claimSpans: 'Passages that state a tracked claim without quoting anyone.',
  notes: 'Editorial notes written beside a passage.',
  disputes: 'One record per passage that disputes a claim (the same passages as claims[].disputes).',
};

export interface FieldEntry extends FieldDoc {
  /** The entry's id, to link a field (`#field-documents-title`). */
  id: string;
}

export interface FormatSection {
  type: 'file' | RecordType;
  id: string;
  title: string;
  /** The title is a field name of the file, set as code. */
  code: boolean;
  intro: string;
  /** Annotation records: their fields start with those of every annotation record. */
  annotation: boolean;
  fields: FieldEntry[];
  /** Before the quotes: the fields every annotation record has. */
  annotationFieldsFirst: boolean;
}

export interface DataPageView {
  /** The downloads, relative to the site. */
  files: ReturnType<typeof siteFiles>;
  /** "The whole corpus graph: 5 documents, …". */
  corpusSummary: string;
  /** The first per-document annotation files, named; the page says how many more there are. */
  perDocument: Summary<{ href: string; name: string }>;
  /** A record whose id and URL show how to cite one: a quote's, or a mention's in a corpus that quotes no one. */
  sampleRecord?: { id: string; url: string };
  /** One quote record, as JSON, for the example. */
  sampleQuote?: string;
  annotationFields: FieldEntry[];
  sections: FormatSection[];
  dataset: JsonLd;
}

const entries = (type: 'file' | RecordType, fields: FieldDoc[]): FieldEntry[] =>
  fields.map((f) => ({ ...f, id: fieldAnchor(type, f.field) }));

/** `urls` builds the page's links; `absolute` the URLs inside the data. */
export function dataPageView(graph: CorpusGraph, urls: Urls, absolute: Urls): DataPageView {
  const data = corpusJson(graph, absolute);
  const c = data.counts;
  const sampleQuote = data.quotes.find((q) => (q as { claim: string | null }).claim !== null) ?? data.quotes[0];
  const absoluteFiles = siteFiles(absolute);
  return {
    files: siteFiles(urls),
    corpusSummary:
      `The whole corpus graph: ${c.documents} documents, ${c.entities} entities, ${c.claims} claims, ` +
      `${c.quotes} quotes, ${c.mentions} mentions, ${c.claimSpans} claim spans, ${c.notes} notes ` +
      `and ${c.disputes} disputes.`,
    perDocument: annotationFiles(graph, urls),
    sampleRecord: (sampleQuote ?? data.mentions[0]) as { id: string; url: string } | undefined,
    sampleQuote: sampleQuote && JSON.stringify(sampleQuote, null, 2),
    annotationFields: entries('quotes', annotationFields),
    sections: (['file', ...recordTypes] as const).map((type) => ({
      type,
      id: `format-${type}`,
      title: titles[type],
      code: type !== 'file',
      intro: intros[type],
      annotation: annotationTypes.includes(type as RecordType),
      fields: entries(type, ownFields(type)),
      annotationFieldsFirst: type === 'quotes',
    })),
    dataset: datasetJsonLd(
      graph,
      { page: absoluteFiles.data, corpus: absoluteFiles.corpus, annotations: absoluteFiles.annotations, feed: absoluteFiles.feed },
      absolute,
    ),
  };
}
