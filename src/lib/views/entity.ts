import { dateLabel, plural } from '../labels.ts';
import { entityContents, entityFacts, namedAlongside, type EntityFacts } from './entity-facts.ts';
import type { CorpusGraph, Located } from '../corpus/graph.ts';
import { entityListed, passageGroups, speakerSummary, type PassageGroup, type SpeakerSummary } from './entity-passages.ts';
import type { AnalysedDocument, ClaimRecord, EntityRecord, QuoteAnnotation } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';
import { mentionsSummary, type MentionsSummary } from './entity-mentions.ts';
import { firstOf, type Summary } from './paging.ts';

/**
 * What an entity page shows, computed here so the page only lays it out.
 * Every list that grows with the corpus is cut to its first few, with the
 * count of the rest and a link to where they all are.
 */
export interface PassageRef {
  href: string;
  title: string;
}

export interface ClaimEntry {
  claim: ClaimRecord;
  href: string;
  /** Who made the claim, for the claims an entity disputes or answers. */
  claimant?: string;
  /** For a claim it made: first made by it, or only attributed to it in the documents. */
  first?: boolean;
  /** What the line says before its passages: "first made by X; 2 quotes here: ", "claimed by Y; contested in: ". */
  lead: string;
  /** The passages of this entity that carry it, the first few. */
  passages: Summary<PassageRef>;
}

export interface PublishedEntry {
  href: string;
  title: string;
  /** "published it, 2015-12-02" and the like. */
  detail: string;
}

export interface EntityView {
  entity: EntityRecord;
  facts: EntityFacts;
  /** "5 documents; 3 quotes; 12 mentions". */
  inCorpus: string;
  /** The sections the page has, for its table of contents. */
  contents: { href: string; label: string }[];
  alongside: ReturnType<typeof namedAlongside>;
  quotes: Located<QuoteAnnotation>[];
  summary: SpeakerSummary;
  groups: PassageGroup[];
  made: ClaimEntry[];
  disputed: ClaimEntry[];
  conditional: ClaimEntry[];
  published: Summary<PublishedEntry> & { searchHref: string };
  relayed: Summary<Located<QuoteAnnotation>> & { searchHref: string };
  saidHere: Summary<Located<QuoteAnnotation>>;
  mentions: MentionsSummary;
  /** The documents that name it; past the first few, a search of the documents filtered by its name. */
  documents: Summary<PassageRef & { date: string }> & { searchHref: string };
}

/** Passages named under each claim, and documents in the page's list of documents, before the rest are counted. */
export const claimPassagesListed = 5;
export const documentsListed = 30;

function claimEntries(graph: CorpusGraph, urls: Urls, entity: EntityRecord, quotes: Located<QuoteAnnotation>[]) {
  type Building = { claim: ClaimRecord; first?: boolean; passages: Located<QuoteAnnotation>[] };
  const made = new Map<string, Building>();
  const disputed = new Map<string, Building>();
  // Claims its quotes answer conditionally ("will protest if confirmed"): neither made nor disputed.
  const conditional = new Map<string, Building>();
  for (const claim of graph.claimsBy(entity.id)) made.set(claim.id, { claim, first: true, passages: [] });
  for (const q of quotes) {
    const claim = q.annotation.claim ? graph.claim(q.annotation.claim) : undefined;
    if (!claim) continue;
    const into = q.annotation.stance === 'disputes' ? disputed : q.annotation.stance === 'conditional' ? conditional : made;
    if (!into.has(claim.id)) into.set(claim.id, { claim, ...(into === made ? { first: false } : {}), passages: [] });
    into.get(claim.id)!.passages.push(q);
  }
  const lead = (b: Building, claimant: string | undefined, answered: string) => {
    if (b.first === undefined) return ` — claimed by ${claimant}; ${answered} in: `;
    const made = b.first ? `first made by ${entity.name}` : `attributed to ${entity.name} in these documents`;
    return b.passages.length > 0 ? ` — ${made}; ${plural(b.passages.length, 'quote')} here: ` : ` — ${made}`;
  };
  const entry = (b: Building, link: (q: Located<QuoteAnnotation>) => string, answered = 'contested'): ClaimEntry => ({
    claim: b.claim,
    href: urls.claim(b.claim.id),
    claimant: graph.entity(b.claim.claimant)?.name,
    ...(b.first !== undefined ? { first: b.first } : {}),
    lead: lead(b, graph.entity(b.claim.claimant)?.name, answered),
    passages: firstOf(
      b.passages.map((q) => ({ href: link(q), title: q.document.data.title })),
      claimPassagesListed,
    ),
  });
  const toPassage = (q: Located<QuoteAnnotation>) => urls.passage(q.document.slug, q.annotation.anchor);
  const inText = (q: Located<QuoteAnnotation>) => urls.document(q.document.slug, q.annotation.anchor);
  return {
    made: [...made.values()].map((b) => entry(b, toPassage)),
    disputed: [...disputed.values()].map((b) => entry(b, toPassage)),
    conditional: [...conditional.values()].map((b) => entry(b, inText, 'answered')),
  };
}

function publishedDetail(graph: CorpusGraph, entity: EntityRecord, d: AnalysedDocument): string {
  if (d.data.publisher === entity.id)
    return `${d.data.originalPublisher ? 'republished it' : 'published it'}${d.data.published ? `, ${d.data.published}` : ''}`;
  const publisher = d.data.publisher;
  const from = publisher ? graph.entity(publisher)?.name : 'an unknown publisher';
  return `first published it; this copy is from ${from}${d.data.originalPublished ? `, ${d.data.originalPublished}` : ''}`;
}

export function entityView(graph: CorpusGraph, urls: Urls, id: string): EntityView {
  const entity = graph.entity(id);
  if (!entity) throw new Error(`no entity "${id}"`);
  const quotes = graph.quotesBy(id);
  const mentions = mentionsSummary(graph, id, urls);
  const documents = graph.documentsOf(id);
  const search = (type: string, filter = 'outlet') => urls.search(undefined, { type, [filter]: entity.name });
  const claims = claimEntries(graph, urls, entity, quotes);
  const published = firstOf(
    graph.publishedBy(id).map((d) => ({ href: urls.document(d.slug), title: d.data.title, detail: publishedDetail(graph, entity, d) })),
    entityListed,
  );
  const relayed = firstOf(graph.relayedBy(id), entityListed);
  const saidHere = firstOf(graph.quotesAt(id), entityListed);
  const alongside = namedAlongside(graph, urls, entity);
  const contents = entityContents([
    { id: 'quotes-title', label: 'Quotes', shown: quotes.length > 0 },
    { id: 'made-title', label: 'Claims made', shown: claims.made.length > 0 },
    { id: 'disputed-title', label: 'Claims disputed', shown: claims.disputed.length > 0 },
    { id: 'conditional-title', label: 'Claims answered conditionally', shown: claims.conditional.length > 0 },
    { id: 'published-title', label: 'Published', shown: published.total > 0 },
    { id: 'relayed-title', label: 'Quotes relayed', shown: relayed.total > 0 },
    { id: 'said-here-title', label: 'Said at this event', shown: saidHere.total > 0 },
    { id: 'mentions-title', label: 'Mentions', shown: true },
    { id: 'alongside-title', label: 'Named alongside', shown: alongside.length > 0 },
    { id: 'docs-title', label: 'Documents', shown: true },
  ]);
  return {
    entity,
    facts: entityFacts(graph, urls, entity),
    inCorpus: `${plural(documents.length, 'document')}; ${plural(quotes.length, 'quote')}; ${plural(mentions.total, 'mention')}`,
    contents,
    alongside,
    quotes,
    summary: speakerSummary(graph, id),
    groups: passageGroups(graph, id, urls),
    ...claims,
    published: { ...published, searchHref: search('document') },
    relayed: { ...relayed, searchHref: search('quote') },
    saidHere,
    mentions,
    documents: {
      ...firstOf(
        documents.map((d) => ({ href: urls.document(d.slug), title: d.data.title, date: dateLabel(d.data.published) })),
        documentsListed,
      ),
      searchHref: search('document', 'entity'),
    },
  };
}
