import type { AnalysedDocument, Annotation, ClaimRecord, Corpus, EntityRecord, QuoteAnnotation } from './types.ts';
import { push } from '../multimap.ts';

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
  /** The number of a note in its document (1, 2, …, in reading order; mentions have none). */
  noteNumber(slug: string, anchor: string): number | undefined;
  /** Mentions of an entity across the corpus, in document order. */
  mentionsOf(entityId: string): Located[];
  /** Quotes whose speaker is this entity. */
  quotesBy(entityId: string): Located<QuoteAnnotation>[];
  /** Every quote and claim span that carries this claim (asserting or disputing). */
  appearancesOf(claimId: string): Located[];
  /** The appearances that dispute the claim: the dispute ledger. */
  disputesOf(claimId: string): Located[];
  /** The appearances that respond to the claim without asserting it (disputing or conditional), with their stance. */
  responsesOf(claimId: string): Located[];
  /** Slugs of the documents in which the claim appears. */
  documentsWithClaim(claimId: string): ReadonlySet<string>;
  /** Entities referred to in a document (mentions, speakers, outlets), by name. */
  entitiesIn(slug: string): EntityRecord[];
  /** Documents in which an entity is mentioned or quoted. */
  documentsOf(entityId: string): AnalysedDocument[];
  /** Claims whose claimant is this entity. */
  claimsBy(entityId: string): ClaimRecord[];
  /** Entities that list this one among their affiliations. */
  affiliatesOf(entityId: string): EntityRecord[];
  /** Entities named in the same sentence as this one (mentions and speakers), most often first. */
  alongside(entityId: string): { entity: EntityRecord; sentences: number }[];
  /** How the documents write this entity's name: each distinct mention text and how often it occurs. */
  spellingsOf(entityId: string): { text: string; count: number }[];
  /** Quotes that name this outlet in their chain (`via`). */
  relayedBy(outletId: string): Located<QuoteAnnotation>[];
  /** Quotes said at this event. */
  quotesAt(eventId: string): Located<QuoteAnnotation>[];
  /** Documents this outlet published, or first published when the copy is a republication. */
  publishedBy(outletId: string): AnalysedDocument[];
  /** Quotes with no named speaker (unattributed assertions). */
  unattributedQuotes: Located<QuoteAnnotation>[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function buildGraph(corpus: Corpus): CorpusGraph {
  const documents = new Map(corpus.documents.map((d) => [d.slug, d]));
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  const claims = new Map(corpus.claims.map((c) => [c.id, c]));
  const annotations = new Map<string, Located>();
  const noteNumbers = new Map<string, number>();
  const mentions = new Map<string, Located[]>();
  const quotes = new Map<string, Located<QuoteAnnotation>[]>();
  const appearances = new Map<string, Located[]>();
  const disputes = new Map<string, Located[]>();
  const responses = new Map<string, Located[]>();
  const claimDocuments = new Map<string, Set<string>>();
  const entitiesByDoc = new Map<string, Set<string>>();
  const unattributed: Located<QuoteAnnotation>[] = [];
  const relayed = new Map<string, Located<QuoteAnnotation>[]>();
  const atEvent = new Map<string, Located<QuoteAnnotation>[]>();
  const published = new Map<string, AnalysedDocument[]>();
  /** Entities named in each sentence of each document. */
  const sentences = new Map<string, Set<string>>();
  const spellings = new Map<string, Map<string, number>>();
  const together = (document: AnalysedDocument, sentence: string, entityId: string) => {
    const key = `${document.slug}\u0000${sentence}`;
    if (!sentences.has(key)) sentences.set(key, new Set());
    sentences.get(key)!.add(entityId);
  };
  const docsByEntity = new Map<string, Set<string>>();

  const link = (slug: string, entityId: string) => {
    if (!entitiesByDoc.has(slug)) entitiesByDoc.set(slug, new Set());
    entitiesByDoc.get(slug)!.add(entityId);
    if (!docsByEntity.has(entityId)) docsByEntity.set(entityId, new Set());
    docsByEntity.get(entityId)!.add(slug);
  };

  for (const document of corpus.documents) {
    if (document.data.publisher) link(document.slug, document.data.publisher);
    if (document.data.originalPublisher) link(document.slug, document.data.originalPublisher);
    let notes = 0;
    for (const outlet of new Set([document.data.publisher, document.data.originalPublisher])) {
      if (outlet) push(published, outlet, document);
    }
    for (const annotation of document.annotations) {
      const located = { document, annotation };
      annotations.set(`${document.slug}#${annotation.anchor}`, located);
      if (annotation.type !== 'mention') noteNumbers.set(`${document.slug}#${annotation.anchor}`, ++notes);
      if (annotation.type === 'mention') {
        push(mentions, annotation.entity, located);
        link(document.slug, annotation.entity);
        together(document, annotation.sentence, annotation.entity);
        const counts = spellings.get(annotation.entity) ?? new Map<string, number>();
        counts.set(annotation.exact, (counts.get(annotation.exact) ?? 0) + 1);
        spellings.set(annotation.entity, counts);
      }
      if (annotation.type === 'quote') {
        if (annotation.speaker) {
          push(quotes, annotation.speaker, located as Located<QuoteAnnotation>);
          link(document.slug, annotation.speaker);
          together(document, annotation.sentence, annotation.speaker);
        } else unattributed.push(located as Located<QuoteAnnotation>);
        for (const outlet of annotation.via) {
          link(document.slug, outlet);
          push(relayed, outlet, located as Located<QuoteAnnotation>);
        }
        if (annotation.event) {
          link(document.slug, annotation.event);
          push(atEvent, annotation.event, located as Located<QuoteAnnotation>);
        }
      }
      if ((annotation.type === 'quote' || annotation.type === 'claim') && annotation.claim) {
        push(appearances, annotation.claim, located);
        if (annotation.stance === 'disputes') push(disputes, annotation.claim, located);
        if (annotation.stance !== 'asserts') push(responses, annotation.claim, located);
        if (!claimDocuments.has(annotation.claim)) claimDocuments.set(annotation.claim, new Set());
        claimDocuments.get(annotation.claim)!.add(document.slug);
      }
    }
  }

  const dateKey = (d: AnalysedDocument) => d.data.published ?? '9999';
  const sortedDocuments = [...corpus.documents].sort(
    (a, b) => dateKey(a).localeCompare(dateKey(b)) || a.data.title.localeCompare(b.data.title),
  );
  // Appearances of a claim in date order (the first is the one later wordings are compared with).
  const rank = new Map(sortedDocuments.map((d, i) => [d.slug, i]));
  // Every list of passages in date order, then text order.
  const byDate = (a: Located, b: Located) =>
    rank.get(a.document.slug)! - rank.get(b.document.slug)! || a.annotation.start - b.annotation.start;
  for (const list of [
    ...appearances.values(),
    ...disputes.values(),
    ...responses.values(),
    ...mentions.values(),
    ...quotes.values(),
    ...relayed.values(),
    ...atEvent.values(),
    unattributed,
  ])
    list.sort(byDate);
  for (const list of published.values()) list.sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!);

  const claimsByClaimant = new Map<string, ClaimRecord[]>();
  for (const claim of corpus.claims) push(claimsByClaimant, claim.claimant, claim);
  const affiliates = new Map<string, EntityRecord[]>();
  for (const entity of corpus.entities) for (const id of entity.affiliations) push(affiliates, id, entity);
  const cooccurrence = new Map<string, Map<string, number>>();
  for (const ids of sentences.values()) {
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        const counts = cooccurrence.get(a) ?? new Map<string, number>();
        counts.set(b, (counts.get(b) ?? 0) + 1);
        cooccurrence.set(a, counts);
      }
    }
  }

  return {
    corpus,
    documents: sortedDocuments,
    document: (slug) => documents.get(slug),
    entities: [...corpus.entities].sort(byName),
    entity: (id) => entities.get(id),
    claims: [...corpus.claims].sort((a, b) => a.statement.localeCompare(b.statement)),
    claim: (id) => claims.get(id),
    annotation: (slug, anchor) => annotations.get(`${slug}#${anchor}`),
    noteNumber: (slug, anchor) => noteNumbers.get(`${slug}#${anchor}`),
    mentionsOf: (id) => mentions.get(id) ?? [],
    quotesBy: (id) => quotes.get(id) ?? [],
    appearancesOf: (id) => appearances.get(id) ?? [],
    disputesOf: (id) => disputes.get(id) ?? [],
    responsesOf: (id) => responses.get(id) ?? [],
    documentsWithClaim: (id) => claimDocuments.get(id) ?? new Set(),
    entitiesIn: (slug) =>
      [...(entitiesByDoc.get(slug) ?? [])]
        .map((id) => entities.get(id))
        .filter((e): e is EntityRecord => !!e)
        .sort(byName),
    documentsOf: (id) =>
      [...(docsByEntity.get(id) ?? [])]
        .map((slug) => documents.get(slug)!)
        .filter(Boolean)
        .sort((a, b) => rank.get(a.slug)! - rank.get(b.slug)!),
    claimsBy: (id) => claimsByClaimant.get(id) ?? [],
    affiliatesOf: (id) => [...(affiliates.get(id) ?? [])].sort(byName),
    alongside: (id) =>
      [...(cooccurrence.get(id) ?? [])]
        .map(([other, count]) => ({ entity: entities.get(other)!, sentences: count }))
        .filter((x) => x.entity)
        .sort((a, b) => b.sentences - a.sentences || byName(a.entity, b.entity)),
    spellingsOf: (id) =>
      [...(spellings.get(id) ?? [])]
        .map(([text, count]) => ({ text, count }))
        .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    relayedBy: (id) => relayed.get(id) ?? [],
    quotesAt: (id) => atEvent.get(id) ?? [],
    publishedBy: (id) => published.get(id) ?? [],
    unattributedQuotes: unattributed,
  };
}
