import type { AnalysedDocument, Annotation, ClaimRecord, Corpus, EntityRecord, QuoteAnnotation } from './types.ts';

/** An annotation together with the document it stands in. */
export interface Located<A extends Annotation = Annotation> {
  document: AnalysedDocument;
  annotation: A;
}

/**
 * The corpus graph: every relation the pages need, computed in one pass over
 * all annotations so that no page ever scans the corpus on its own.
 */
export interface CorpusGraph {
  corpus: Corpus;
  /** Documents by date (unknown dates last), then title. */
  documents: AnalysedDocument[];
  document(slug: string): AnalysedDocument | undefined;
  entities: EntityRecord[];
  entity(id: string): EntityRecord | undefined;
  claims: ClaimRecord[];
  claim(id: string): ClaimRecord | undefined;
  annotation(slug: string, anchor: string): Located | undefined;
  /** Mentions of an entity across the corpus, in document order. */
  mentionsOf(entityId: string): Located[];
  /** Quotes whose speaker is this entity. */
  quotesBy(entityId: string): Located<QuoteAnnotation>[];
  /** Every quote and claim span that carries this claim (asserting or disputing). */
  appearancesOf(claimId: string): Located[];
  /** The appearances that dispute the claim: the dispute ledger. */
  disputesOf(claimId: string): Located[];
  /** Slugs of the documents in which the claim appears. */
  documentsWithClaim(claimId: string): ReadonlySet<string>;
  /** Entities referred to in a document (mentions, speakers, outlets), by name. */
  entitiesIn(slug: string): EntityRecord[];
  /** Documents in which an entity is mentioned or quoted. */
  documentsOf(entityId: string): AnalysedDocument[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildGraph(corpus: Corpus): CorpusGraph {
  const documents = new Map(corpus.documents.map((d) => [d.slug, d]));
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  const annotations = new Map<string, Located>();
  const mentions = new Map<string, Located[]>();
  const quotes = new Map<string, Located<QuoteAnnotation>[]>();
  const appearances = new Map<string, Located[]>();
  const disputes = new Map<string, Located[]>();
  const claimDocuments = new Map<string, Set<string>>();
  const entitiesByDoc = new Map<string, Set<string>>();
  const docsByEntity = new Map<string, Set<string>>();

  const link = (slug: string, entityId: string) => {
    if (!entitiesByDoc.has(slug)) entitiesByDoc.set(slug, new Set());
    entitiesByDoc.get(slug)!.add(entityId);
    if (!docsByEntity.has(entityId)) docsByEntity.set(entityId, new Set());
    docsByEntity.get(entityId)!.add(slug);
  };

  for (const document of corpus.documents) {
    if (document.data.publisher !== 'unknown') link(document.slug, document.data.publisher);
    if (document.data.originalPublisher) link(document.slug, document.data.originalPublisher);
    for (const annotation of document.annotations) {
      const located = { document, annotation };
      annotations.set(`${document.slug}#${annotation.anchor}`, located);
      if (annotation.type === 'mention') {
        push(mentions, annotation.entity, located);
        link(document.slug, annotation.entity);
      }
      if (annotation.type === 'quote') {
        if (annotation.speaker) {
          push(quotes, annotation.speaker, located as Located<QuoteAnnotation>);
          link(document.slug, annotation.speaker);
        }
        for (const outlet of annotation.via) link(document.slug, outlet);
        if (annotation.event) link(document.slug, annotation.event);
      }
      if ((annotation.type === 'quote' || annotation.type === 'claim') && annotation.claim) {
        push(appearances, annotation.claim, located);
        if (annotation.stance === 'disputes') push(disputes, annotation.claim, located);
        if (!claimDocuments.has(annotation.claim)) claimDocuments.set(annotation.claim, new Set());
        claimDocuments.get(annotation.claim)!.add(document.slug);
      }
    }
  }

  const dateKey = (d: AnalysedDocument) => (d.data.published === 'unknown' ? '9999' : d.data.published);
  const sortedDocuments = [...corpus.documents].sort(
    (a, b) => dateKey(a).localeCompare(dateKey(b)) || a.data.title.localeCompare(b.data.title),
  );

  return {
    corpus,
    documents: sortedDocuments,
    document: (slug) => documents.get(slug),
    entities: [...corpus.entities].sort(byName),
    entity: (id) => entities.get(id),
    claims: [...corpus.claims].sort((a, b) => a.statement.localeCompare(b.statement)),
    claim: (id) => claims.get(id),
    annotation: (slug, anchor) => annotations.get(`${slug}#${anchor}`),
    mentionsOf: (id) => mentions.get(id) ?? [],
    quotesBy: (id) => quotes.get(id) ?? [],
    appearancesOf: (id) => appearances.get(id) ?? [],
    disputesOf: (id) => disputes.get(id) ?? [],
    documentsWithClaim: (id) => claimDocuments.get(id) ?? new Set(),
    entitiesIn: (slug) =>
      [...(entitiesByDoc.get(slug) ?? [])].map((id) => entities.get(id)).filter((e): e is EntityRecord => !!e).sort(byName),
    documentsOf: (id) => [...(docsByEntity.get(id) ?? [])].map((slug) => documents.get(slug)!).filter(Boolean),
  };
}
