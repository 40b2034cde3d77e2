import type { CorpusGraph } from '../graph.ts';
import { longDate, plural } from '../labels.ts';
import { buildTimeline, type TimelineItem, type TimelineKind } from '../timeline.ts';
import type { Urls } from '../urls.ts';

/**
 * The timeline page: each day with its heading, each item with its kind's
 * icon and label; undated documents and events apart, each with why.
 */
export const timelineKinds: Record<TimelineKind, { label: string; icon: string }> = {
  event: { label: 'Event', icon: '◉' },
  statement: { label: 'Said', icon: '❝' },
  original: { label: 'First published', icon: '◇' },
  document: { label: 'Published', icon: '▤' },
};

export interface TimelineEntry extends TimelineItem {
  kindLabel: string;
  icon: string;
  /** The accessible name of the list of the item's passages ("3 passages"). */
  passagesLabel?: string;
}

export interface TimelinePage {
  days: { date: string; anchor: string; heading: string; items: TimelineEntry[] }[];
  undated: (TimelineEntry & { why: string; statements: TimelineItem[] })[];
}

const entry = (item: TimelineItem): TimelineEntry => ({
  ...item,
  kindLabel: timelineKinds[item.kind].label,
  icon: timelineKinds[item.kind].icon,
  passagesLabel: item.passages ? plural(item.passages.length, 'passage') : undefined,
});

export function timelinePage(graph: CorpusGraph, urls: Urls): TimelinePage {
  const timeline = buildTimeline(graph, urls);
  return {
    days: timeline.days.map((day) => ({ date: day.date, anchor: `d-${day.date}`, heading: longDate(day.date), items: day.items.map(entry) })),
    undated: timeline.undated.map((item) => ({
      ...entry(item),
      kindLabel: `${item.kind === 'event' ? 'Event' : 'Document'}, no date`,
      why: item.why,
      statements: item.statements,
    })),
  };
}
