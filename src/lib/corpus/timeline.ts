import type { CorpusGraph, Located } from './graph.ts';
import type { AnalysedDocument, QuoteAnnotation } from './types.ts';
import type { Urls } from '../urls.ts';
import { UNKNOWN_PUBLISHER } from '../labels.ts';

/**
 * The timeline: dated events, the statements made at them or first reported
 * on a day, and each publication, by day; undated documents and events apart,
 * each with why it has no date. Statements are grouped by speaker and by the
 * event or report that carries them, and link to each passage.
 */
export type TimelineKind = 'event' | 'statement' | 'original' | 'document';

export interface PassageLink {
  href: string;
  /** The first words of the passage. */
  words: string;
  /** Title of the document it stands in. */
  document: string;
}

export interface TimelineItem {
  kind: TimelineKind;
  /** A stable key: `event:<id>`, `document:<slug>`, `original:<slug>`, `statement:<date>:<speaker>:<where>`. */
  key: string;
  date?: string;
  title: string;
  href: string;
  /** One line under the title. */
  detail?: string;
  /** Statements: every passage. */
  passages?: PassageLink[];
}

export interface TimelineDay {
  date: string;
  items: TimelineItem[];
}

export interface Timeline {
  days: TimelineDay[];
  /** Undated documents and events, each with the statements found only there. */
  undated: (TimelineItem & { why: string; statements: TimelineItem[] })[];
}

const order: Record<TimelineKind, number> = { event: 0, statement: 1, original: 2, document: 3 };

/** The first words of a passage, to name a link to it. */
export function firstWords(text: string, count = 9): string {
  // The link is printed in quotation marks: the passage's own marks, and a trailing comma, are left out.
  const words = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“‘']+|[,"”’']+$/g, '')
    .split(' ');
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}

/** The day a document first carried its words: the original's date for a republication, else its own. */
export const firstPublished = (d: AnalysedDocument) => d.data.originalPublished ?? d.data.published;

/** Why a document has no date, in the words of its own record when it lists what it lacks. */
export function undatedWhy(d: AnalysedDocument): string {
  const lack = d.data.lacks.find((l) => /\bdate\b/i.test(l));
  return lack ? `The copy gives no date. It lacks: ${lack.charAt(0).toLowerCase()}${lack.slice(1)}` : 'The copy gives no date.';
}

export function buildTimeline(graph: CorpusGraph, urls: Urls): Timeline {
  const dated: TimelineItem[] = [];
  const name = (id: string) => graph.entity(id)?.name ?? id;
  const undatedStatements = new Map<string, TimelineItem[]>();

  for (const e of graph.entities) {
    if (e.kind !== 'event' || !e.date) continue;
    dated.push({ kind: 'event', key: `event:${e.id}`, date: e.date, title: e.name, href: urls.entity(e.id), detail: e.role });
  }
  for (const d of graph.documents) {
    const publisher = d.data.publisher ? name(d.data.publisher) : UNKNOWN_PUBLISHER;
    if (d.data.originalPublisher && d.data.originalPublished) {
      dated.push({
        kind: 'original',
        key: `original:${d.slug}`,
        date: d.data.originalPublished,
        title: `${name(d.data.originalPublisher)} published the report that “${d.data.title}” republishes`,
        href: urls.document(d.slug),
      });
    }
    if (d.data.published) {
      dated.push({
        kind: 'document',
        key: `document:${d.slug}`,
        date: d.data.published,
        title: d.data.title,
        href: urls.document(d.slug),
        detail: `Published by ${publisher}${d.data.originalPublisher ? `, republishing ${name(d.data.originalPublisher)}` : ''}`,
      });
    }
  }

  // Statements: by speaker, at a dated event, or else on the day of the first dated copy that reports them.
  const groups = new Map<string, TimelineItem>();
  const located: Located<QuoteAnnotation>[] = graph.entities.flatMap((e) => graph.quotesBy(e.id));
  for (const { document: d, annotation: q } of located) {
    const event = q.event ? graph.entity(q.event) : undefined;
    const date = event?.date ?? firstPublished(d);
    const reporters = [
      ...new Set([...q.via, ...(d.data.originalPublisher ? [d.data.originalPublisher] : d.data.publisher ? [d.data.publisher] : [])]),
    ];
    const where = event?.date ? `event:${event.id}` : `document:${d.slug}:${reporters.join(',')}`;
    const key = `statement:${date ?? 'undated'}:${q.speaker}:${where}`;
    let item = groups.get(key);
    if (!item) {
      const reported = reporters.length > 0 ? `as reported by ${reporters.map(name).join(' and ')}` : `in “${d.data.title}”`;
      const title = event?.date ? `${name(q.speaker!)}, at the ${event.name}` : `${name(q.speaker!)}, ${reported}`;
      item = { kind: 'statement', key, date, title, href: urls.entity(q.speaker!), passages: [] };
      groups.set(key, item);
      if (date) dated.push(item);
      else undatedStatements.set(d.slug, [...(undatedStatements.get(d.slug) ?? []), item]);
    }
    item.passages!.push({ href: urls.document(d.slug, q.anchor), words: firstWords(q.exact), document: d.data.title });
  }

  dated.sort((a, b) => a.date!.localeCompare(b.date!) || order[a.kind] - order[b.kind] || a.title.localeCompare(b.title));
  const days: TimelineDay[] = [];
  for (const item of dated) {
    const last = days[days.length - 1];
    if (last?.date === item.date) last.items.push(item);
    else days.push({ date: item.date!, items: [item] });
  }

  const undated: Timeline['undated'] = graph.documents
    .filter((d) => !d.data.published)
    .map((d) => ({
      kind: 'document' as const,
      key: `document:${d.slug}`,
      title: d.data.title,
      href: urls.document(d.slug),
      detail: d.data.summary,
      why: undatedWhy(d),
      statements: undatedStatements.get(d.slug) ?? [],
    }));
  for (const e of graph.entities) {
    if (e.kind !== 'event' || e.date || graph.documentsOf(e.id).length === 0) continue;
    undated.push({
      kind: 'event',
      key: `event:${e.id}`,
      title: e.name,
      href: urls.entity(e.id),
      detail: e.role,
      why: 'Neither the documents nor a public page recorded here give its date.',
      statements: [],
    });
  }
  return { days, undated };
}
