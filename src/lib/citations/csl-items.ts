/**
 * Citation data for a document and for the quotes in it, as CSL-JSON items
 * (the data model of the Citation Style Language, CSL 1.0.2): one for the
 * article as its publisher printed it, one for the annotated page on this
 * site, and one per quote pointing at the quote's anchor on that page.
 * cite-format.ts turns the items into APA, MLA, Chicago and BibTeX.
 */
import { SITE_NAME } from '../labels.ts';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}
export interface CslDate {
  'date-parts': [[number, number?, number?]];
}
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  'citation-key': string;
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  'original-publisher'?: string;
  'original-date'?: CslDate;
  URL?: string;
  /** What kind of thing the item is, when its type alone does not say ("Annotated copy"). */
  genre?: string;
  language?: string;
  note?: string;
}

/** What a citation needs to know about a document, with ids already resolved to names. */
export interface CitationSource {
  slug: string;
  title: string;
  /** The byline as printed ("Abisha Rabiyah | Oil Pro"), if any. */
  byline?: string;
  /** Whether the byline's first part names a person (else it is an organisation, kept as printed). */
  bylineIsPerson?: boolean;
  /** Name of the outlet this copy comes from; absent when unknown. */
  outlet?: string;
  /** Name of the original outlet, for a republished copy. */
  originalOutlet?: string;
  /** YYYY-MM-DD dates, when known. */
  published?: string;
  originalPublished?: string;
  /** Address of the article as published, when known. */
  url?: string;
  language: string;
}

/** A quote, as the citation of its passage needs it. */
export interface QuoteSource {
  anchor: string;
  /** Name of the speaker; absent for an unattributed assertion. */
  speaker?: string;
  mode: 'direct' | 'paraphrase' | 'unattributed';
}

export function cslDate(iso: string | undefined): CslDate | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : undefined;
}

/** Words that mark a byline as an organisation's rather than a person's. */
const ORGANISATION_WORDS = new Set(
  'agency associated association bureau center centre channel committee company corp corporation council daily department desk editorial editors foundation government group herald inc institute international journal ltd magazine media ministry network news newsroom office online organisation organization post press radio report reporters reuters service staff team times tribune tv university wire writers'.split(
    ' ',
  ),
);

/**
 * Whether a byline with no entity file names a person: two to four
 * capitalised words ("Abisha Rabiyah", "Mary-Ann O'Neil", "J. R. Smith"), none
 * in capitals only (RT, AFP) and none that names a kind of organisation
 * ("Reuters Staff", "Oil Pro News").
 */
export function looksLikePersonName(name: string): boolean {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 4) return false;
  return parts.every((p) => /^\p{Lu}(\.|[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)$/u.test(p) && !ORGANISATION_WORDS.has(p.toLowerCase()));
}

/** The author part of a byline: its first `|`-separated part; a person's name split into given and family names. */
export function bylineAuthor(byline: string | undefined, isPerson = false): CslName[] | undefined {
  const name = byline?.split('|')[0]?.trim();
  if (!name) return undefined;
  const parts = name.split(/\s+/);
  if (!isPerson || parts.length < 2) return [{ literal: name }];
  return [{ given: parts.slice(0, -1).join(' '), family: parts[parts.length - 1]! }];
}

const compact = <T extends object>(item: T): T => Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as T;

/** The article as its publisher printed it (this copy's publisher, with the original for a republication). */
export function originalItem(src: CitationSource): CslItem {
  return compact({
    id: src.slug,
    type: 'article-newspaper',
    'citation-key': src.slug,
    title: src.title,
    author: bylineAuthor(src.byline, src.bylineIsPerson),
    'container-title': src.outlet,
    issued: cslDate(src.published),
    'original-publisher': src.originalOutlet,
    'original-date': src.originalOutlet ? cslDate(src.originalPublished) : undefined,
    URL: src.url,
    language: src.language,
  });
}

function publishedNote(src: CitationSource): string {
  const by = src.outlet
    ? ` published by ${src.outlet}${src.published ? ` on ${src.published}` : ''}`
    : src.published
      ? ` published on ${src.published}`
      : '';
  const original = src.originalOutlet
    ? `, originally by ${src.originalOutlet}${src.originalPublished ? ` on ${src.originalPublished}` : ''}`
    : '';
  return `Annotated copy of the article${by}${original}.`;
}

/** The annotated page on this site. */
export function annotatedItem(src: CitationSource, pageUrl: string): CslItem {
  return compact({
    id: `${src.slug}-annotated`,
    type: 'webpage',
    'citation-key': `${src.slug}-annotated`,
    title: src.title,
    author: bylineAuthor(src.byline, src.bylineIsPerson),
    'container-title': SITE_NAME,
    genre: 'Annotated copy',
    // The copy carries the words as the document printed them, on the document's date.
    issued: cslDate(src.published),
    URL: pageUrl,
    language: src.language,
    note: publishedNote(src),
  });
}

/** One quote: the annotated page at the quote's anchor. */
export function quoteItem(src: CitationSource, quote: QuoteSource, anchorUrl: string): CslItem {
  const what =
    quote.mode === 'unattributed' || !quote.speaker
      ? 'unattributed assertion'
      : quote.mode === 'direct'
        ? `quotation of ${quote.speaker}`
        : `paraphrase of ${quote.speaker}`;
  return compact({
    ...annotatedItem(src, anchorUrl),
    id: `${src.slug}-${quote.anchor}`,
    'citation-key': `${src.slug}-${quote.anchor}`,
    genre: `Annotated copy; ${what}`,
  });
}
