import { plural } from '../labels.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import type { EntityKind } from '../../schemas/entity.ts';
import type { Urls } from '../urls.ts';
import { paginate, type PageLink } from './paging.ts';

/** One entity on /entities/: its name, a few other spellings, its role and how often the documents name it. */
export interface EntityItem {
  id: string;
  href: string;
  name: string;
  /** Up to four aliases, then "…". */
  aliases: string;
  role: string;
  /** "2 quotes · 5 mentions · 3 documents". */
  counts: string;
}

export interface EntityKindGroup {
  kind: EntityKind;
  title: string;
  items: EntityItem[];
  /** The kind's list began on an earlier page. */
  continued: boolean;
}

export interface EntityListPage {
  page: number;
  groups: EntityKindGroup[];
  /** Every kind, with how many entities it has and where its list begins. */
  kinds: { kind: EntityKind; title: string; count: number; href: string }[];
  total: number;
  pageLinks: PageLink[];
}

/** Entities on each page of /entities/. */
export const entitiesPerPage = 200;

export const kindTitles: Record<EntityKind, string> = {
  person: 'People',
  organization: 'Organisations',
  outlet: 'Outlets',
  place: 'Places',
  event: 'Events',
};

function counts(graph: CorpusGraph, id: string): string {
  const q = graph.quotesBy(id).length;
  const parts = q > 0 ? [plural(q, 'quote')] : [];
  parts.push(plural(graph.mentionsOf(id).length, 'mention'), plural(graph.documentsOf(id).length, 'document'));
  return parts.join(' · ');
}

/** /entities/ and its follow-on pages: the entities grouped by kind, in `kinds` order, `size` a page. */
export function entityListPages(graph: CorpusGraph, urls: Urls, kinds: readonly EntityKind[], size = entitiesPerPage): EntityListPage[] {
  const ordered = kinds.flatMap((kind) => graph.entities.filter((e) => e.kind === kind));
  const items = ordered.map((e) => ({
    kind: e.kind,
    item: {
      id: e.id,
      href: urls.entity(e.id),
      name: e.name,
      aliases: e.aliases.length === 0 ? '' : `${e.aliases.slice(0, 4).join(', ')}${e.aliases.length > 4 ? ', …' : ''}`,
      role: e.role,
      counts: counts(graph, e.id),
    },
  }));
  const pages = paginate(items, size, (page) => urls.entityList(page));
  // Where each kind's list begins: the page of its first entity.
  const kindList = kinds
    .map((kind) => {
      const first = items.findIndex((i) => i.kind === kind);
      const page = Math.floor(first / size) + 1;
      return { kind, title: kindTitles[kind], count: items.filter((i) => i.kind === kind).length, page };
    })
    .filter((k) => k.count > 0);
  return pages.map((p) => {
    const groups: EntityKindGroup[] = [];
    p.items.forEach(({ kind, item }, i) => {
      const last = groups[groups.length - 1];
      if (last?.kind === kind) last.items.push(item);
      else
        groups.push({
          kind,
          title: kindTitles[kind],
          items: [item],
          continued: i === 0 && p.start > 1 && items[p.start - 2]!.kind === kind,
        });
    });
    const kinds = kindList.map(({ page, ...k }) => ({ ...k, href: `${page === p.page ? '' : urls.entityList(page)}#kind-${k.kind}` }));
    return { page: p.page, groups, kinds, total: p.total, pageLinks: p.pageLinks };
  });
}
