import type { QuoteMode } from './corpus/types.ts';

/**
 * The words the site uses for the same things on every page and export: the
 * site's name, counts, dates and what reads when one is unknown, how a quote
 * is given, and excerpts. Each is decided here once, so a page never spells
 * its own variant.
 */
export const SITE_NAME = 'The Oil Briefing Reader';

/** "passage" for one, "passages" otherwise; irregular plurals give their own form ("entities"). */
export function noun(n: number, word: string, pluralForm = `${word}s`): string {
  return n === 1 ? word : pluralForm;
}

/** "1 passage", "3 passages", "10,000 passages". */
export function plural(n: number, word: string, pluralForm = `${word}s`): string {
  return `${count.format(n)} ${noun(n, word, pluralForm)}`;
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A fact the copy does not give, where its field names it ("Date: unknown"). */
export const UNKNOWN = 'unknown';
export const UNKNOWN_DATE = 'date unknown';
export const UNKNOWN_PUBLISHER = 'publisher unknown';
/** An unknown date where the date stands on its own after a name ("RT, undated"): images, diagrams, the matrix. */
export const UNDATED = 'undated';

/** A publication date as lists print it: the date (YYYY-MM-DD), or "date unknown". */
export function dateLabel(published: string | undefined): string {
  return published ?? UNKNOWN_DATE;
}

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
// One formatter each, made once: toLocaleString makes a new one at every call, which thousands of pages feel.
const count = new Intl.NumberFormat('en');
const dayHeading = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayInSentence = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Wednesday, 2 December 2015": a day's heading (on the timeline). */
export function longDate(date: string): string {
  return dayHeading.format(utc(date));
}

/** "2 Dec 2015": a date inside a sentence where space is short (share images). */
export function shortDate(date: string): string {
  return dayInSentence.format(utc(date));
}

/** Up to `max` characters of a text, cut at a word, with a spaced ellipsis when cut. */
export function excerpt(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}

/** How a document gives a quote, as a label (a passage's own page tells a paraphrase that quotes words apart: `givenLabels`). */
export const quoteModeLabels: Record<QuoteMode, string> = {
  direct: 'Direct quotation',
  paraphrase: 'Paraphrase',
  unattributed: 'Unattributed',
};

/** How a document gives a quote, as a verb in a list ("Antonov (paraphrased): …"). */
export const quoteModeVerbs: Record<QuoteMode, string> = {
  direct: 'said',
  paraphrase: 'paraphrased',
  unattributed: 'unattributed',
};

/** How a document gives a quote, as a note's lead words ("Antonov · paraphrase"). */
export const quoteModeNoteWords: Record<QuoteMode, string> = {
  direct: 'quoted',
  paraphrase: 'paraphrase',
  unattributed: 'unattributed',
};

/**
 * How a passage gives its words, as its page and lists label it; a paraphrase
 * that quotes some of the words it reports is told apart on its own page.
 */
export type GivenAs = 'direct' | 'paraphrase' | 'paraphrase-quoting' | 'unattributed';

export const givenLabels: Record<GivenAs, string> = {
  ...quoteModeLabels,
  'paraphrase-quoting': 'Paraphrase with quoted words',
};

/** The label of how a passage is given in a list, where a paraphrase is a paraphrase whatever it quotes. */
export const givenListLabel = (given: GivenAs): string => givenLabels[given === 'paraphrase-quoting' ? 'paraphrase' : given];

export { isResponse, responseKinds, stanceHeadings, stanceListNote, stanceListNotes, stanceVerbs } from './corpus/stance.ts';
