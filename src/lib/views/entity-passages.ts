import { attributionChain, type ChainStep } from '../corpus/chain.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import { claimDisputers } from '../corpus/disputers.ts';
import { passageLine, type PassageLine } from './quotes-index.ts';
import type { AnalysedDocument, ClaimRecord, EntityRecord, QuoteAnnotation } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';

/**
 * A speaker's passages on their entity page: a short summary, then the
 * passages grouped by document, the chain of outlets said once per group
 * (passages of one document that came through different outlets form
 * separate groups), each passage one line linking to its own page.
 */
export interface PassageGroup {
  document: AnalysedDocument;
  /** The chain from the event (the speaker is the page's subject) to the document. */
  chain: ChainStep[];
  /** The anchor of the group's first passage, for the chain's link to the document. */
  anchor: string;
  lines: (PassageLine & { claim?: ClaimRecord; anchor: string })[];
}

export interface SpeakerSummary {
  passages: number;
  documents: number;
  /** How many passages are given each way ("Direct quotation" → 3). */
  given: { label: string; count: number }[];
  /** Who disputes the claims these passages make, by name; `unnamed` when a disputing passage names no one. */
  disputedBy: EntityRecord[];
  unnamed: boolean;
}

/** The chain after the speaker (who is the page's subject): event, outlets, document. */
const afterSpeaker = (steps: ChainStep[]) => steps.filter((s) => s.role !== 'speaker');
const chainKey = (steps: ChainStep[]) => steps.map((s) => `${s.role}:${s.entity ?? ''}`).join('>');

export function speakerSummary(graph: CorpusGraph, entityId: string): SpeakerSummary {
  const quotes = graph.quotesBy(entityId);
  const given = new Map<string, number>();
  const disputers = new Map<string, EntityRecord>();
  let unnamed = false;
  const claims = new Set<string>();
  for (const q of quotes) {
    const label = q.annotation.mode === 'direct' ? 'direct quotation' : 'paraphrase';
    given.set(label, (given.get(label) ?? 0) + 1);
    if (q.annotation.claim && q.annotation.stance === 'asserts') claims.add(q.annotation.claim);
  }
  for (const claim of claims) {
    for (const speaker of claimDisputers(graph, claim)) {
      const entity = speaker ? graph.entity(speaker) : undefined;
      if (entity) disputers.set(entity.id, entity);
      else unnamed = true;
    }
  }
  return {
    passages: quotes.length,
    documents: new Set(quotes.map((q) => q.document.slug)).size,
    given: [...given].map(([label, count]) => ({ label, count })),
    disputedBy: [...disputers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    unnamed,
  };
}

/** How many of a speaker's passages, or of the quotes an outlet relayed or an event heard, an entity page lists; the rest are counted and found elsewhere. */
export const entityListed = 60;

/** The speaker's first `limit` passages by document (oldest first), then by the chain that brought them. */
export function passageGroups(graph: CorpusGraph, entityId: string, urls: Urls, limit = entityListed): PassageGroup[] {
  const groups = new Map<string, PassageGroup>();
  for (const at of graph.quotesBy(entityId).slice(0, limit)) {
    const q: QuoteAnnotation = at.annotation;
    const chain = afterSpeaker(attributionChain(at.document, q));
    const key = `${at.document.slug}\u0000${chainKey(chain)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { document: at.document, chain, anchor: q.anchor, lines: [] }));
    group.lines.push({ ...passageLine(graph, at, urls), claim: q.claim ? graph.claim(q.claim) : undefined, anchor: q.anchor });
  }
  return [...groups.values()];
}
