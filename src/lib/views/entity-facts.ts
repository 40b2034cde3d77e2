import type { CorpusGraph } from '../corpus/graph.ts';
import type { EntityRecord } from '../corpus/types.ts';
import { plural } from '../labels.ts';
import { fragment, type Urls } from '../urls.ts';

/** A link to another page, by its name. */
export interface NamedLink {
  href: string;
  name: string;
}

/** The facts at the head of an entity page: what it is, how it is written, what it belongs to, where else it is described. */
export interface EntityFacts {
  /** "Person", "Organisation", "Outlet", "Place", "Event". */
  kind: string;
  aliases: string[];
  /** Spellings used outside these documents. */
  outsideSpellings: string[];
  /** How the documents print its name, other than its own name, with how often. */
  variants: { text: string; count: string }[];
  /** What it belongs to, and what belongs to it. */
  affiliations: NamedLink[];
  affiliates: NamedLink[];
  /** Descriptions of it elsewhere, named by their site. */
  sameAs: { href: string; host: string }[];
}

const kinds: Record<EntityRecord['kind'], string> = {
  person: 'Person',
  organization: 'Organisation',
  outlet: 'Outlet',
  place: 'Place',
  event: 'Event',
};

export function entityFacts(graph: CorpusGraph, urls: Urls, entity: EntityRecord): EntityFacts {
  return {
    kind: kinds[entity.kind],
    aliases: entity.aliases,
    outsideSpellings: entity.outsideSpellings,
    variants: graph
      .spellingsOf(entity.id)
      .filter((s) => s.text !== entity.name)
      .map((s) => ({ text: s.text, count: `×${s.count}` })),
    affiliations: entity.affiliations.map((id) => ({ href: urls.entity(id), name: graph.entity(id)?.name ?? id })),
    affiliates: graph.affiliatesOf(entity.id).map((e) => ({ href: urls.entity(e.id), name: e.name })),
    sameAs: entity.sameAs.map((href) => ({ href, host: new URL(href).hostname })),
  };
}

/** Entities named in the same sentence, most often first: at most `limit`. */
export const alongsideListed = 16;

export function namedAlongside(
  graph: CorpusGraph,
  urls: Urls,
  entity: EntityRecord,
  limit = alongsideListed,
): (NamedLink & { sentences: string })[] {
  return graph
    .alongside(entity.id)
    .slice(0, limit)
    .map(({ entity: e, sentences }) => ({ href: urls.entity(e.id), name: e.name, sentences: plural(sentences, 'sentence') }));
}

/** The page's table of contents: a link to each section that has something in it, in page order. */
export function entityContents(sections: { id: string; label: string; shown: boolean }[]): { href: string; label: string }[] {
  return sections.filter((s) => s.shown).map((s) => ({ href: fragment(s.id), label: s.label }));
}
