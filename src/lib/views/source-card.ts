import { documentItems } from '../citations/page-items.ts';
import type { CorpusGraph, Located } from '../corpus/graph.ts';
import { excerpt, plural, stanceListNote } from '../labels.ts';
import { quoteWords } from '../text/passage-split.ts';
import { sharesOf } from './shared-with.ts';
import type { AnalysedDocument, Stance } from '../corpus/types.ts';
import { fragment, type Urls } from '../urls.ts';
import type { CiteBlockProps } from './cite-block.ts';

/**
 * The source card under a document: where the text comes from (the chain of
 * publishers, date, author, what the page leaves out), how to cite it, and what
 * it shares with other documents. Every name, date and link is decided here;
 * the component lays them out.
 */
export interface SourceCardView {
  /** The first publisher of a republished text. */
  original?: { name?: string; href: string; date?: string };
  /** "published by" or "republished by", then the publisher (no link when the copy names none). */
  publisher: { type: string; name?: string; href?: string; date?: string };
  /** The publication date, when known. */
  date?: string;
  author: string;
  url?: string;
  /** What the page leaves out of the archived copy: the passage's first words and why. */
  trimmed: { words: string; reason: string }[];
  lacks: string[];
  annotations: string;
  cite: CiteBlockProps;
  shared: SharedView;
}

export interface SharedLink {
  href: string;
  text: string;
  /** After the link: " (disputing it)" for a responding passage. */
  note?: string;
}

export interface SharedView {
  /** Nothing is shared. */
  none: boolean;
  claims: {
    href: string;
    statement: string;
    here: SharedLink[];
    /** One entry per other document: its first passage with the claim, then its other passages. */
    elsewhere: { first: SharedLink; others: SharedLink[] }[];
    /** " and 3 more documents", with the claim's page. */
    more?: string;
  }[];
  quotes: {
    href: string;
    words: string;
    speaker: string;
    elsewhere: SharedLink[];
    more?: string;
    /** The speaker's page, where the rest of the copies are. */
    speakerHref?: string;
  }[];
  passages: { words: string; count: number; href: string; title: string }[];
  /** Listed and unlisted shared passages. */
  passagesTotal: number;
  /** "2 more shared passages are not listed." */
  morePassages?: string;
}

const more = (n: number, what: string) => (n > 0 ? ` and ${plural(n, `more ${what}`)}` : undefined);

/** After a passage that responds to the claim: " (disputing it)". */
function stanceNote(at: Located): string | undefined {
  const note = stanceListNote((at.annotation as { stance?: Stance }).stance, 'ofIt');
  return note ? ` (${note})` : undefined;
}

function sharedView(graph: CorpusGraph, document: AnalysedDocument, urls: Urls): SharedView {
  const shares = sharesOf(graph, document.slug);
  const link = (at: Located, text: string): SharedLink => ({
    href: urls.document(at.document.slug, at.annotation.anchor),
    text,
    note: stanceNote(at),
  });
  return {
    none: shares.claims.length + shares.quotes.length + shares.passages.length === 0,
    claims: shares.claims.map(({ claim, here, elsewhere, moreDocuments }) => ({
      href: urls.claim(claim.id),
      statement: claim.statement,
      here: here.map((h, i) => ({ href: fragment(h.annotation.anchor), text: here.length === 1 ? 'the passage' : `passage ${i + 1}` })),
      elsewhere: elsewhere.map(([first, ...others]) => ({
        first: link(first!, first!.document.data.title),
        others: others.map((m) => link(m, 'another passage')),
      })),
      more: more(moreDocuments, 'document'),
    })),
    quotes: shares.quotes.map(({ quote, elsewhere, more: others }) => {
      const speaker = quote.annotation.speaker;
      return {
        href: fragment(quote.annotation.anchor),
        words: excerpt(quoteWords(quote.annotation.exact), 90),
        speaker: speaker ? (graph.entity(speaker)?.name ?? speaker) : 'no named source',
        elsewhere: elsewhere.map((e) => ({ href: urls.document(e.document.slug, e.annotation.anchor), text: e.document.data.title })),
        more: more(others, 'document'),
        speakerHref: others > 0 && speaker ? urls.entity(speaker) : undefined,
      };
    }),
    passages: shares.passages.map((p) => ({
      words: excerpt(quoteWords(p.text), 140),
      count: p.words,
      href: urls.document(p.other, p.otherAnchor),
      title: graph.document(p.other)?.data.title ?? p.other,
    })),
    passagesTotal: shares.passages.length + shares.morePassages,
    morePassages:
      shares.morePassages > 0
        ? `${plural(shares.morePassages, 'more shared passage')} ${shares.morePassages === 1 ? 'is' : 'are'} not listed.`
        : undefined,
  };
}

/** `urls` builds the card's links; `absolute` the permalink and the citations' URLs. */
export function sourceCardView(graph: CorpusGraph, document: AnalysedDocument, urls: Urls, absolute: Urls): SourceCardView {
  const d = document.data;
  const name = (id: string) => graph.entity(id)?.name;
  const [original, annotated] = documentItems(graph, document, absolute);
  const publisher = d.publisher;
  return {
    original: d.originalPublisher
      ? { name: name(d.originalPublisher), href: urls.entity(d.originalPublisher), date: d.originalPublished }
      : undefined,
    publisher: {
      type: d.originalPublisher ? 'republished by' : 'published by',
      name: publisher ? name(publisher) : undefined,
      href: publisher ? urls.entity(publisher) : undefined,
      date: d.published,
    },
    date: d.published,
    author: d.author ?? 'not given',
    url: d.url,
    trimmed: d.trimmed.map((t) => ({ words: excerpt(t.text, 80), reason: t.reason })),
    lacks: d.lacks,
    annotations: urls.annotations(document.slug),
    cite: {
      id: 'document',
      summary: 'Cite this document',
      permalink: absolute.document(document.slug),
      items: [
        { label: 'The article as published', item: original },
        { label: 'This annotated page', item: annotated },
      ],
      files: [
        { label: 'CSL-JSON', href: urls.documentCitations(document.slug, 'json') },
        { label: 'BibTeX', href: urls.documentCitations(document.slug, 'bib') },
      ],
    },
    shared: sharedView(graph, document, urls),
  };
}
