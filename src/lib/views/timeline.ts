import type { CorpusGraph } from '../corpus/graph.ts';
import { longDate, plural } from '../labels.ts';
import { buildTimeline, type TimelineItem, type TimelineKind } from '../corpus/timeline.ts';
import type { Urls } from '../urls.ts';
import type { PageLink } from './paging.ts';

/**
 * The timeline on numbered pages (/timeline/, /timeline/2/, …): the days in
 * order, then the undated items, cut so that no page holds more than
 * `timelineBudget` lines (an item is one line, and each passage it lists one
 * more). A statement lists its first `passagesShown` passages and links to
 * its speaker for the rest. A day cut between two pages says so on the second.
 */
export const timelineBudget = 300;
export const passagesShown = 10;

/** How each kind of item is labelled, with its icon. */
export const timelineKinds: Record<TimelineKind, { label: string; icon: string }> = {
  event: { label: 'Event', icon: '◉' },
  statement: { label: 'Said', icon: '❝' },
  original: { label: 'First published', icon: '◇' },
  document: { label: 'Published', icon: '▤' },
};

export type TimelineEntry = TimelineItem & {
  /** Passages of a statement left out, found on the speaker's page. */
  morePassages: number;
  kindLabel: string;
  icon: string;
  /** The accessible name of the list of the item's passages ("12 passages"). */
  passagesLabel?: string;
};
export type UndatedEntry = TimelineEntry & { why: string; statements: TimelineEntry[] };

export interface TimelinePage {
  page: number;
  /** Each day, with its anchor (`d-<date>`) and its heading in full ("Wednesday, 2 December 2015"). */
  days: { date: string; anchor: string; heading: string; items: TimelineEntry[]; continued: boolean }[];
  undated: UndatedEntry[];
  /** The undated items began on the page before. */
  undatedContinued: boolean;
  /** The section of undated items stands on the pages that hold some, and on the last page (saying there are none). */
  showUndated: boolean;
  pageLinks: PageLink[];
}

/** An item with its labels, listing its first `passagesShown` passages. */
function capped(item: TimelineItem): TimelineEntry {
  const labels = {
    kindLabel: timelineKinds[item.kind].label,
    icon: timelineKinds[item.kind].icon,
    passagesLabel: item.passages ? plural(item.passages.length, 'passage') : undefined,
  };
  if (!item.passages || item.passages.length <= passagesShown) return { ...item, ...labels, morePassages: 0 };
  return { ...item, ...labels, passages: item.passages.slice(0, passagesShown), morePassages: item.passages.length - passagesShown };
}
const weight = (item: TimelineEntry) => 1 + (item.passages?.length ?? 0);

export function timelinePages(graph: CorpusGraph, urls: Urls, budget = timelineBudget): TimelinePage[] {
  const timeline = buildTimeline(graph, urls);
  type Unit = { kind: 'dated'; date: string; item: TimelineEntry } | { kind: 'undated'; item: UndatedEntry };
  const units: Unit[] = [
    ...timeline.days.flatMap((day) => day.items.map((item): Unit => ({ kind: 'dated', date: day.date, item: capped(item) }))),
    ...timeline.undated.map((u): Unit => {
      const statements = u.statements.map(capped);
      return {
        kind: 'undated',
        item: { ...capped(u), kindLabel: `${u.kind === 'event' ? 'Event' : 'Document'}, no date`, why: u.why, statements },
      };
    }),
  ];
  const unitWeight = (u: Unit) =>
    u.kind === 'dated' ? weight(u.item) : weight(u.item) + u.item.statements.reduce((n, s) => n + weight(s), 0);
  // Greedy: a page takes units until the next would pass the budget (a page holds at least one).
  const cut: Unit[][] = [[]];
  let used = 0;
  for (const unit of units) {
    const w = unitWeight(unit);
    if (used > 0 && used + w > budget) {
      cut.push([]);
      used = 0;
    }
    cut[cut.length - 1]!.push(unit);
    used += w;
  }
  const pageLinks = cut.map((_, i) => ({ page: i + 1, href: urls.timeline(i + 1) }));
  let lastDate: string | undefined;
  let undatedBegun = false;
  return cut.map((units, i) => {
    const days: TimelinePage['days'] = [];
    const undated: UndatedEntry[] = [];
    let undatedContinued = false;
    for (const [k, unit] of units.entries()) {
      if (unit.kind === 'undated') {
        if (undated.length === 0) undatedContinued = undatedBegun;
        undatedBegun = true;
        undated.push(unit.item);
        continue;
      }
      const last = days[days.length - 1];
      if (last?.date === unit.date) last.items.push(unit.item);
      else
        days.push({
          date: unit.date,
          anchor: `d-${unit.date}`,
          heading: longDate(unit.date),
          items: [unit.item],
          continued: k === 0 && lastDate === unit.date,
        });
      lastDate = unit.date;
    }
    return { page: i + 1, days, undated, undatedContinued, showUndated: undated.length > 0 || i === cut.length - 1, pageLinks };
  });
}
