// schema.org JSON-LD for what a page is about: documents (NewsArticle),
// entities (Person, Organization, NewsMediaOrganization, Place, Event), claims
// (Claim) and the data downloads (Dataset).
//
// Pure functions of the corpus graph and absolute URLs. Nothing here rates a
// claim: there is no ClaimReview, only who made a claim and where it appears.
// Fields the content does not know (an unknown date, publisher or address)
// are left out, never guessed.
import type { CorpusGraph, Located } from '../corpus/graph.ts';
import type { AnalysedDocument, ClaimRecord, EntityRecord } from '../corpus/types.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import type { Urls } from '../urls.ts';
import {
  articleRef,
  claimRef,
  compact,
  entityRef,
  entityTypes,
  ids,
  refById,
  SCHEMA_CONTEXT,
  type JsonLd,
  type JsonLdValue,
} from './json-ld.ts';
import { SITE_NAME } from '../labels.ts';

/** The head of the node a page is about: its type, its @id and the page that describes it. */
function mainNode(type: string, id: string, url: string): JsonLd {
  return { '@context': SCHEMA_CONTEXT, '@type': type, '@id': id, url, mainEntityOfPage: { '@id': url } };
}

/**
 * Entities named by a byline such as "Abisha Rabiyah | Oil Pro": every part
 * must be an entity's name or alias, or the byline stays plain text. Names are
 * indexed once per graph, so a page never scans the entity list.
 */
const nameIndexes = new WeakMap<CorpusGraph, Map<string, EntityRecord[]>>();
function entitiesByName(graph: CorpusGraph): Map<string, EntityRecord[]> {
  let index = nameIndexes.get(graph);
  if (!index) {
    index = new Map();
    for (const entity of graph.entities) {
      for (const name of new Set([entity.name, ...entity.aliases, ...entity.outsideSpellings].map((n) => n.toLowerCase()))) {
        index.set(name, [...(index.get(name) ?? []), entity]);
      }
    }
    nameIndexes.set(graph, index);
  }
  return index;
}

export function bylineAuthors(graph: CorpusGraph, byline: string): EntityRecord[] | undefined {
  const index = entitiesByName(graph);
  const parts = byline
    .split(/\s*(?:\||,|&|\band\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const found: EntityRecord[] = [];
  for (const part of parts) {
    const matches = index.get(part.toLowerCase());
    if (matches?.length !== 1) return undefined; // unknown or ambiguous: keep the byline as printed
    found.push(matches[0]!);
  }
  return found.length > 0 ? found : undefined;
}

/** A document: the article as published, with where it came from and what it is about. */
export function documentJsonLd(graph: CorpusGraph, document: AnalysedDocument, urls: Urls): JsonLd {
  const d = document.data;
  const url = urls.document(document.slug);
  const authors = d.author ? bylineAuthors(graph, d.author) : undefined;
  const author: JsonLdValue | undefined = authors ? authors.map((e) => entityRef(e, urls)) : d.author;
  const claimIds = new Set<string>();
  for (const a of document.annotations) if ((a.type === 'quote' || a.type === 'claim') && a.claim) claimIds.add(a.claim);
  const original = d.originalPublisher ? graph.entity(d.originalPublisher) : undefined;
  return compact({
    ...mainNode('NewsArticle', ids.article(urls, document.slug), url),
    isPartOf: { '@id': ids.website(urls) },
    headline: d.title,
    name: d.title,
    description: d.summary,
    inLanguage: d.language,
    datePublished: d.published,
    author,
    creditText: d.author,
    publisher: d.publisher && refById(graph, d.publisher, urls),
    // The address this copy was published at, when the content records it.
    sameAs: d.url,
    // A republication is based on the original outlet's article. Its headline
    // and address are not recorded, so they are not given.
    isBasedOn: original
      ? compact({
          '@type': 'NewsArticle',
          name: `Original publication by ${original.name}`,
          publisher: entityRef(original, urls),
          datePublished: d.originalPublished,
        })
      : undefined,
    about: [...claimIds].flatMap((id) => {
      const claim = graph.claim(id);
      return claim ? [claimRef(claim, urls)] : [];
    }),
    mentions: graph.entitiesIn(document.slug).map((e) => entityRef(e, urls)),
    subjectOf: {
      '@type': 'CreativeWork',
      name: `Annotations on “${d.title}” (W3C Web Annotation)`,
      url: urls.annotations(document.slug),
      encodingFormat: 'application/ld+json',
    },
  });
}

/** Which schema.org property an affiliation becomes, by the kinds of the two entities. */
function affiliationProperty(kind: EntityKind, other: EntityKind): string | undefined {
  const isOrg = other === 'organization' || other === 'outlet';
  switch (kind) {
    case 'person':
      return 'affiliation';
    case 'organization':
    case 'outlet':
      return isOrg ? 'parentOrganization' : other === 'place' ? 'location' : undefined;
    case 'place':
      return other === 'place' ? 'containedInPlace' : undefined;
    case 'event':
      return isOrg || other === 'person' ? 'organizer' : other === 'place' ? 'about' : undefined;
  }
}

/** An entity: who or what it is, its other names, affiliations and the documents it appears in (the first `listed` of them, as its page lists them). */
export function entityJsonLd(graph: CorpusGraph, entity: EntityRecord, urls: Urls, listed = Number.POSITIVE_INFINITY): JsonLd {
  const url = urls.entity(entity.id);
  const relations: Record<string, JsonLd[]> = {};
  for (const id of entity.affiliations) {
    const other = graph.entity(id);
    const property = other && affiliationProperty(entity.kind, other.kind);
    if (other && property) (relations[property] ??= []).push(entityRef(other, urls));
  }
  return compact({
    ...mainNode(entityTypes[entity.kind], ids.entity(urls, entity.id), url),
    name: entity.name,
    alternateName: [...entity.aliases, ...entity.outsideSpellings].filter((a) => a !== entity.name),
    description: entity.role,
    sameAs: entity.sameAs,
    ...relations,
    subjectOf: graph
      .documentsOf(entity.id)
      .slice(0, listed)
      .map((d) => articleRef(d, urls)),
  });
}

/** One passage of a document where a claim appears or is disputed. */
function passage(graph: CorpusGraph, { document, annotation }: Located, urls: Urls): JsonLd {
  const speaker = annotation.type === 'quote' && annotation.speaker ? refById(graph, annotation.speaker, urls) : undefined;
  return compact({
    '@type': annotation.type === 'quote' ? 'Quotation' : 'CreativeWork',
    '@id': urls.document(document.slug, annotation.anchor),
    url: urls.document(document.slug, annotation.anchor),
    text: annotation.exact,
    author: speaker,
    isPartOf: articleRef(document, urls),
  });
}

/**
 * A claim: its statement, who made it, where it was first made, and every
 * passage that carries it. Passages that respond to it (disputing it, or
 * answering it conditionally) are listed apart, as works about the claim
 * (`subjectOf`); no verdict is given. A page that lists only the first
 * `listed` of each describes only those.
 */
export function claimJsonLd(graph: CorpusGraph, claim: ClaimRecord, urls: Urls, listed = Number.POSITIVE_INFINITY): JsonLd {
  const url = urls.claim(claim.id);
  const appearances = graph.appearancesOf(claim.id);
  const responses = graph.responsesOf(claim.id);
  const asserting = appearances.filter((a) => !responses.includes(a));
  let firstAppearance: JsonLd | undefined;
  if ('document' in claim.firstMade) {
    const document = graph.document(claim.firstMade.document);
    if (document) firstAppearance = articleRef(document, urls);
  } else {
    const event = graph.entity(claim.firstMade.event);
    if (event) {
      firstAppearance = compact({
        '@type': 'CreativeWork',
        name: `Statements made at: ${event.name}`,
        recordedAt: entityRef(event, urls),
        dateCreated: claim.date,
      });
    }
  }
  return compact({
    ...mainNode('Claim', ids.claim(urls, claim.id), url),
    name: claim.label ?? claim.statement,
    text: claim.statement,
    author: refById(graph, claim.claimant, urls),
    dateCreated: claim.date,
    firstAppearance,
    appearance: asserting.slice(0, listed).map((a) => passage(graph, a, urls)),
    subjectOf: responses.slice(0, listed).map((a) => passage(graph, a, urls)),
  });
}

export interface DatasetFiles {
  /** Absolute URLs of the page documenting the data and of each download. */
  page: string;
  corpus: string;
  annotations: string;
  feed: string;
}

/** The data downloads as a schema.org Dataset. */
export function datasetJsonLd(graph: CorpusGraph, files: DatasetFiles, urls: Urls): JsonLd {
  const dates = graph.documents
    .map((d) => d.data.published)
    .filter((d): d is string => !!d)
    .sort();
  return compact({
    ...mainNode('Dataset', `${files.page}#dataset`, files.page),
    isPartOf: { '@id': ids.website(urls) },
    name: `${SITE_NAME}: corpus data`,
    description: `The ${graph.documents.length} annotated documents of ${SITE_NAME}, with their entities, claims, quotes, mentions and disputes, and every annotation as a W3C Web Annotation.`,
    inLanguage: 'en',
    isAccessibleForFree: true,
    temporalCoverage: dates.length > 0 ? `${dates[0]}/${dates[dates.length - 1]}` : undefined,
    distribution: [
      { '@type': 'DataDownload', name: 'Corpus graph', contentUrl: files.corpus, encodingFormat: 'application/json' },
      {
        '@type': 'DataDownload',
        name: 'Every annotation (W3C Web Annotation)',
        contentUrl: files.annotations,
        encodingFormat: 'application/ld+json',
      },
      { '@type': 'DataDownload', name: 'Documents feed (RSS 2.0)', contentUrl: files.feed, encodingFormat: 'application/rss+xml' },
    ],
  });
}
