import type { CorpusGraph, Located } from '../corpus/graph.ts';
import type { AnalysedDocument } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';
import { paginate, type PageLink } from './paging.ts';

/**
 * An entity's mentions. Its page lists them all when they are few; past
 * `mentionsListed` it shows the documents that name it most, each with its
 * first mentions, and links to numbered pages of every mention by document.
 */
export const mentionsListed = 30;
/** When summarised: the documents shown, and the mentions shown of each. */
export const mentionDocumentsListed = 10;
export const mentionsPerDocument = 2;
/** Mentions on each of the follow-on pages. */
export const mentionsPerPage = 60;

export interface MentionGroup {
  document: AnalysedDocument;
  href: string;
  /** Mentions of the entity in this document, in all. */
  count: number;
  passages: Located[];
  /** The document's mentions began on the page before. */
  continued: boolean;
}

export interface MentionsSummary {
  total: number;
  documents: number;
  /** Every mention, when there are at most `mentionsListed`. */
  all?: Located[];
  /** Otherwise the documents that name the entity most (ties in date order), with their first mentions. */
  groups?: MentionGroup[];
  /** The follow-on pages of every mention; absent when the page lists them all. */
  allHref?: string;
}

export interface MentionsPage {
  page: number;
  groups: MentionGroup[];
  /** Positions of the page's first and last mention in the whole list, from 1. */
  start: number;
  end: number;
  total: number;
  documents: number;
  pageLinks: PageLink[];
}

/** The mentions by document, in the order of the graph's mentions (documents by date). */
function byDocument(mentions: Located[]): { document: AnalysedDocument; passages: Located[] }[] {
  const groups = new Map<string, { document: AnalysedDocument; passages: Located[] }>();
  for (const m of mentions) {
    const group = groups.get(m.document.slug);
    if (group) group.passages.push(m);
    else groups.set(m.document.slug, { document: m.document, passages: [m] });
  }
  return [...groups.values()];
}

export function mentionsSummary(graph: CorpusGraph, entityId: string, urls: Urls): MentionsSummary {
  const mentions = graph.mentionsOf(entityId);
  const documents = byDocument(mentions);
  if (mentions.length <= mentionsListed) return { total: mentions.length, documents: documents.length, all: mentions };
  // Array.prototype.sort is stable: documents with as many mentions keep their date order.
  const most = [...documents].sort((a, b) => b.passages.length - a.passages.length).slice(0, mentionDocumentsListed);
  return {
    total: mentions.length,
    documents: documents.length,
    groups: most.map((g) => ({
      document: g.document,
      href: urls.document(g.document.slug),
      count: g.passages.length,
      passages: g.passages.slice(0, mentionsPerDocument),
      continued: false,
    })),
    allHref: urls.entityMentions(entityId),
  };
}

/** The follow-on pages of every mention, by document in date order: none when the entity page lists them all. */
export function mentionPages(graph: CorpusGraph, entityId: string, urls: Urls, size = mentionsPerPage): MentionsPage[] {
  const mentions = graph.mentionsOf(entityId);
  if (mentions.length <= mentionsListed) return [];
  const counts = new Map(byDocument(mentions).map((g) => [g.document.slug, g.passages.length]));
  return paginate(mentions, size, (page) => urls.entityMentions(entityId, page)).map((p) => ({
    page: p.page,
    groups: byDocument(p.items).map((g, i) => ({
      document: g.document,
      href: urls.document(g.document.slug),
      count: counts.get(g.document.slug)!,
      passages: g.passages,
      continued: i === 0 && p.start > 1 && mentions[p.start - 2]!.document.slug === g.document.slug,
    })),
    start: p.start,
    end: p.start + p.items.length - 1,
    total: p.total,
    documents: counts.size,
    pageLinks: p.pageLinks,
  }));
}
