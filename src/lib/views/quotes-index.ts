import type { CorpusGraph, Located } from '../corpus/graph.ts';
import { givenAs, relayNames } from './passage.ts';
import { excerpt, givenListLabel, plural, stanceListNote } from '../labels.ts';
import type { EntityRecord, QuoteAnnotation, Stance } from '../corpus/types.ts';
import { UNATTRIBUTED, type Urls } from '../urls.ts';

/**
 * The index of passages: /quotes/ lists who speaks, with how many passages
 * each; each speaker's passages are listed one line each on pages of at most
 * `perPage` lines, so no page grows with the corpus beyond the list of
 * speakers itself.
 */
export const perPage = 150;

export interface SpeakerEntry {
  /** Entity id; absent for the passages with no named source. */
  id?: string;
  name: string;
  role?: string;
  count: number;
  pages: number;
  href: string;
}

export interface PassageLine {
  href: string;
  given: string;
  /** The words as printed, cut at a word boundary when long. */
  words: string;
  documentTitle: string;
  documentHref: string;
  date?: string;
  via: string[];
  disputes: boolean;
  /** How the passage stands to its claim: states it, disputes it, or answers it conditionally. */
  stance: Stance;
  /** After the label of a passage that responds to its claim: "disputing", "answering conditionally". */
  stanceNote?: string;
}

export interface SpeakerPage {
  speaker: SpeakerEntry;
  /** 1-based. */
  page: number;
  lines: PassageLine[];
  /** Links to every page of this speaker's list. */
  pageLinks: { page: number; href: string }[];
  /** Number of the first line on this page. */
  start: number;
  /** "Passages of Anatoly Antonov", and with the page's number past the first. */
  title: string;
  pageTitle: string;
  /** "12 passages". */
  countLabel: string;
  /** The speaker's own page. */
  speakerHref?: string;
  /** "Passages 151 to 300.", when the list has several pages. */
  range?: string;
}

export { shorten } from '../text/passage-split.ts';

function groups(graph: CorpusGraph): { speaker?: EntityRecord; quotes: Located<QuoteAnnotation>[] }[] {
  return [
    ...graph.entities.filter((e) => graph.quotesBy(e.id).length > 0).map((speaker) => ({ speaker, quotes: graph.quotesBy(speaker.id) })),
    ...(graph.unattributedQuotes.length > 0 ? [{ speaker: undefined, quotes: graph.unattributedQuotes }] : []),
  ];
}

const entry = (urls: Urls, speaker: EntityRecord | undefined, count: number, size = perPage): SpeakerEntry => ({
  id: speaker?.id,
  name: speaker?.name ?? 'No named source',
  role: speaker?.role,
  count,
  pages: Math.max(1, Math.ceil(count / size)),
  href: urls.speakerQuotes(speaker?.id),
});

/** Everyone the documents quote, by name, with the passages with no named source last. */
export function speakerIndex(graph: CorpusGraph, urls: Urls): SpeakerEntry[] {
  return groups(graph).map((g) => entry(urls, g.speaker, g.quotes.length));
}

/** Speakers listed on one page of /quotes/: past that, the index continues on /quotes/2/, … */
export const speakersPerPage = 300;

export interface IndexPage {
  /** 1-based. */
  page: number;
  speakers: SpeakerEntry[];
  pageLinks: { page: number; href: string }[];
  /** Passages and named speakers in the whole index. */
  passages: number;
  named: number;
}

/** The pages of the speakers' index, `size` speakers each. */
export function speakerIndexPages(graph: CorpusGraph, urls: Urls, size = speakersPerPage): IndexPage[] {
  const all = speakerIndex(graph, urls);
  const count = Math.max(1, Math.ceil(all.length / size));
  const pageLinks = Array.from({ length: count }, (_, i) => ({ page: i + 1, href: urls.quotes(i + 1) }));
  const passages = all.reduce((n, s) => n + s.count, 0);
  const named = all.filter((s) => s.id).length;
  return pageLinks.map(({ page }) => ({ page, speakers: all.slice((page - 1) * size, page * size), pageLinks, passages, named }));
}

export function passageLine(graph: CorpusGraph, at: Located<QuoteAnnotation>, urls: Urls): PassageLine {
  const { document, annotation: q } = at;
  const given = givenAs(q);
  return {
    href: urls.passage(document.slug, q.anchor),
    given: givenListLabel(given),
    words: excerpt(q.exact),
    documentTitle: document.data.title,
    documentHref: urls.document(document.slug, q.anchor),
    date: document.data.published,
    via: relayNames(graph, document, q),
    disputes: q.stance === 'disputes',
    stance: q.stance,
    stanceNote: stanceListNote(q.stance, 'short'),
  };
}

/** Every page of every speaker's list. */
export function speakerPages(graph: CorpusGraph, urls: Urls, size = perPage): SpeakerPage[] {
  return groups(graph).flatMap((g) => {
    const speaker = entry(urls, g.speaker, g.quotes.length, size);
    const pageLinks = Array.from({ length: speaker.pages }, (_, i) => ({ page: i + 1, href: urls.speakerQuotes(speaker.id, i + 1) }));
    const title = speaker.id ? `Passages of ${speaker.name}` : 'Passages with no named source';
    return pageLinks.map(({ page }) => {
      const start = (page - 1) * size + 1;
      const lines = g.quotes.slice((page - 1) * size, page * size).map((q) => passageLine(graph, q, urls));
      return {
        speaker,
        page,
        start,
        lines,
        pageLinks,
        title,
        pageTitle: page > 1 ? `${title} (page ${page})` : title,
        countLabel: plural(speaker.count, 'passage'),
        speakerHref: speaker.id && urls.entity(speaker.id),
        range: pageLinks.length > 1 ? `Passages ${start} to ${start + lines.length - 1}.` : undefined,
      };
    });
  });
}

/** The routes of the index past its first page: /quotes/2/, … (the first is /quotes/ itself). */
export function speakerIndexRoutes(graph: CorpusGraph, urls: Urls): { params: { page: string }; props: { view: IndexPage } }[] {
  return speakerIndexPages(graph, urls)
    .slice(1)
    .map((view) => ({ params: { page: String(view.page) }, props: { view } }));
}

/** The routes of the speakers' lists: /quotes/by/<speaker>/, then /quotes/by/<speaker>/2/, …; the passages with no named source under UNATTRIBUTED. */
export function speakerRoutes(
  graph: CorpusGraph,
  urls: Urls,
): { params: { speaker: string; page?: string }; props: { view: SpeakerPage } }[] {
  return speakerPages(graph, urls).map((p) => ({
    params: { speaker: p.speaker.id ?? UNATTRIBUTED, page: p.page > 1 ? String(p.page) : undefined },
    props: { view: p },
  }));
}
