import { attributionChain, type ChainStep } from '../corpus/chain.ts';
import { concordance, firstDated, type ConcordanceWording } from './concordance.ts';
import type { CorpusGraph, Located } from '../corpus/graph.ts';
import { responseKinds } from '../corpus/stance.ts';
import type { ClaimAnnotation, ClaimRecord, QuoteAnnotation } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';
import { disputingSpeakers, sourceLink, type SourceLink } from './claims.ts';
import { firstOf, paginate, type PageLink, type Summary } from './paging.ts';

/**
 * What a claim page shows, computed here so the page only lays it out: the
 * facts, then the first wordings and responses, each list continued on
 * numbered pages of its own when the claim appears more often than one page holds.
 */
type Span = QuoteAnnotation | ClaimAnnotation;

/** Wordings and responses on the claim's own page, and on each follow-on page. */
export const wordingsListed = 30;
export const wordingsPerPage = 40;
export const responsesListed = 30;
export const responsesPerPage = 50;
/** Disputers and conditional responders named in the claim's facts before the rest are counted. */
export const respondersNamed = 10;

export interface WordingItem {
  id: string;
  href: string;
  title: string;
  /** The document's date, or undefined when unknown. */
  date?: string;
  /** "Direct quote", "Paraphrase", "Stated by the text"… */
  how: string;
  /** "first of 3 near-verbatim copies", "its own wording", "2 added, 1 left out"… */
  relation: string;
  role: ConcordanceWording['role'];
  comparedWith?: string;
  tokens: ConcordanceWording['tokens'];
  chain: ChainStep[];
  anchor: string;
}

export interface WordingGroupView {
  /** How many wordings the whole group holds (some may be on other pages). */
  size: number;
  wordings: WordingItem[];
}

export interface ResponseItem {
  speaker: SourceLink;
  stance: 'disputes' | 'conditional';
  kind: string;
  how: string;
  exact: string;
  href: string;
  title: string;
  date?: string;
  chain: ChainStep[];
  anchor: string;
}

export interface ListPage<T> {
  page: number;
  items: T;
  start: number;
  end: number;
  total: number;
  pageLinks: PageLink[];
}

export interface ClaimView {
  claim: ClaimRecord;
  claimant: SourceLink;
  /** The earliest dated document that states it, or where it was first made. */
  first: { href: string; title: string; date?: string; event?: SourceLink; claimDate?: string };
  /** Passages stating it, and the documents it appears in. */
  asserting: number;
  documents: number;
  disputes: number;
  disputers: Summary<SourceLink>;
  /** Some disputing passage names who disputes. */
  disputersNamed: boolean;
  conditional: number;
  conditionalBy: Summary<SourceLink>;
  wordings: { groups: WordingGroupView[]; total: number; more: number; allHref: string };
  responses: { items: ResponseItem[]; total: number; more: number; allHref: string };
}

const how = (a: Span) =>
  a.type === 'claim'
    ? 'Stated by the text'
    : a.mode === 'direct'
      ? 'Direct quote'
      : a.mode === 'paraphrase'
        ? 'Paraphrase'
        : 'Unattributed';
const wordingId = (at: Located<Span>) => `w-${at.document.slug}-${at.annotation.anchor}`;
const linkTo = (urls: Urls, at: Located<Span>) =>
  at.annotation.type === 'quote'
    ? urls.passage(at.document.slug, at.annotation.anchor)
    : urls.document(at.document.slug, at.annotation.anchor);
const spanOf = (a: Located) => a as Located<Span>;

/** Every wording of a claim in concordance order, each with the size of its group: computed once per claim. */
type Listed = { group: number; size: number; item: WordingItem };
const wordingCache = new WeakMap<CorpusGraph, Map<string, Listed[]>>();

function allWordings(graph: CorpusGraph, urls: Urls, claim: ClaimRecord): Listed[] {
  const cache = wordingCache.get(graph) ?? new Map<string, Listed[]>();
  wordingCache.set(graph, cache);
  const key = `${urls.home()}\u0000${claim.id}`;
  if (cache.has(key)) return cache.get(key)!;
  const asserting = graph
    .appearancesOf(claim.id)
    .map(spanOf)
    .filter((a) => a.annotation.stance === 'asserts');
  const list = concordance(claim, asserting).flatMap((g, group): Listed[] =>
    g.wordings.map((w) => ({
      group,
      size: g.wordings.length,
      item: {
        id: wordingId(w.at),
        href: linkTo(urls, w.at),
        title: w.at.document.data.title,
        date: w.at.document.data.published,
        how: how(w.at.annotation),
        relation:
          w.role === 'base'
            ? `first of ${g.wordings.length} near-verbatim copies`
            : w.role === 'alone'
              ? 'its own wording'
              : w.identical
                ? 'same words as the first copy'
                : `${w.added} added, ${w.removed} left out`,
        role: w.role,
        ...(w.comparedWith ? { comparedWith: wordingId(w.comparedWith) } : {}),
        tokens: w.tokens,
        chain: attributionChain(w.at.document, w.at.annotation),
        anchor: w.at.annotation.anchor,
      },
    })),
  );
  cache.set(key, list);
  return list;
}

/** Wordings back into their groups, in order. */
function regroup(list: Listed[]): WordingGroupView[] {
  const groups: (WordingGroupView & { group: number })[] = [];
  for (const w of list) {
    const last = groups[groups.length - 1];
    if (last?.group === w.group) last.wordings.push(w.item);
    else groups.push({ group: w.group, size: w.size, wordings: [w.item] });
  }
  return groups.map(({ size, wordings }) => ({ size, wordings }));
}

function responseItems(graph: CorpusGraph, urls: Urls, claim: ClaimRecord): ResponseItem[] {
  return graph.responsesOf(claim.id).map((d) => {
    const a = spanOf(d).annotation;
    const stance = a.stance as 'disputes' | 'conditional';
    return {
      speaker: a.type === 'quote' && a.speaker ? sourceLink(graph, urls, a.speaker) : { name: 'An unnamed source' },
      stance,
      kind: responseKinds[stance].label,
      how: how(a),
      exact: a.exact,
      href: linkTo(urls, spanOf(d)),
      title: d.document.data.title,
      date: d.document.data.published,
      chain: attributionChain(d.document, a),
      anchor: a.anchor,
    };
  });
}

export function claimView(graph: CorpusGraph, urls: Urls, id: string): ClaimView {
  const claim = graph.claim(id);
  if (!claim) throw new Error(`no claim "${id}"`);
  const appearances = graph.appearancesOf(id).map(spanOf);
  const responses = graph.responsesOf(id).map(spanOf);
  const conditional = responses.filter((a) => a.annotation.stance === 'conditional');
  const conditionalBy = [...new Set(conditional.map((a) => (a.annotation.type === 'quote' ? a.annotation.speaker : undefined)))];
  const earliest = firstDated(graph, id);
  const event = 'event' in claim.firstMade ? sourceLink(graph, urls, claim.firstMade.event) : undefined;
  const firstDocument = 'document' in claim.firstMade ? graph.document(claim.firstMade.document) : undefined;
  const first = earliest
    ? {
        href: urls.document(earliest.document.slug, earliest.annotation.anchor),
        title: earliest.document.data.title,
        date: earliest.document.data.published,
        ...(event ? { event } : {}),
        ...(claim.date ? { claimDate: claim.date } : {}),
      }
    : event
      ? { href: event.href!, title: event.name, ...(claim.date ? { claimDate: claim.date } : {}) }
      : {
          href: urls.document('document' in claim.firstMade ? claim.firstMade.document : ''),
          title: firstDocument?.data.title ?? '',
          ...(claim.date ? { claimDate: claim.date } : {}),
        };
  const wordings = allWordings(graph, urls, claim);
  const shownWordings = firstOf(wordings, wordingsListed);
  const ledger = firstOf(responseItems(graph, urls, claim), responsesListed);
  return {
    claim,
    claimant: sourceLink(graph, urls, claim.claimant),
    first,
    asserting: wordings.length,
    documents: new Set(appearances.map((a) => a.document.slug)).size,
    disputes: graph.disputesOf(id).length,
    disputers: firstOf(
      disputingSpeakers(graph, id).map((s) => sourceLink(graph, urls, s)),
      respondersNamed,
    ),
    disputersNamed: disputingSpeakers(graph, id).some(Boolean),
    conditional: conditional.length,
    conditionalBy: firstOf(
      conditionalBy.map((s) => sourceLink(graph, urls, s)),
      respondersNamed,
    ),
    wordings: { groups: regroup(shownWordings.shown), total: wordings.length, more: shownWordings.more, allHref: urls.claimWordings(id) },
    responses: { items: ledger.shown, total: ledger.total, more: ledger.more, allHref: urls.claimResponses(id) },
  };
}

/** The follow-on pages of every wording: none when the claim's page lists them all. */
export function wordingPages(graph: CorpusGraph, urls: Urls, claim: ClaimRecord, size = wordingsPerPage): ListPage<WordingGroupView[]>[] {
  const wordings = allWordings(graph, urls, claim);
  if (wordings.length <= wordingsListed) return [];
  return paginate(wordings, size, (page) => urls.claimWordings(claim.id, page)).map((p) => ({
    page: p.page,
    items: regroup(p.items),
    start: p.start,
    end: p.start + p.items.length - 1,
    total: p.total,
    pageLinks: p.pageLinks,
  }));
}

/** The follow-on pages of every response: none when the claim's page lists them all. */
export function responsePages(graph: CorpusGraph, urls: Urls, claim: ClaimRecord, size = responsesPerPage): ListPage<ResponseItem[]>[] {
  const responses = responseItems(graph, urls, claim);
  if (responses.length <= responsesListed) return [];
  return paginate(responses, size, (page) => urls.claimResponses(claim.id, page)).map((p) => ({ ...p, end: p.start + p.items.length - 1 }));
}

/** The routes of a claim's numbered list pages (wordings or responses): page 1 at the list's folder, the next ones numbered. */
export function claimListRoutes<T>(
  graph: CorpusGraph,
  urls: Urls,
  pagesOf: (graph: CorpusGraph, urls: Urls, claim: ClaimRecord) => ListPage<T>[],
) {
  return graph.claims.flatMap((claim) =>
    pagesOf(graph, urls, claim).map((view) => ({
      params: { id: claim.id, page: view.page > 1 ? String(view.page) : undefined },
      props: { view, statement: claim.statement },
    })),
  );
}
