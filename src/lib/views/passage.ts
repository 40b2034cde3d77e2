import { attributionChain, type ChainStep } from '../corpus/chain.ts';
import type { CslItem } from '../citations/csl-items.ts';
import { quoteCitation } from '../citations/page-items.ts';
import type { CorpusGraph, Located } from '../corpus/graph.ts';
import { copiesOf } from './passage-copies.ts';
import { passageParts, quoteWords, type PassageParts } from '../text/passage-split.ts';
import type { AnalysedDocument, ClaimRecord, EntityRecord, QuoteAnnotation } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';
import { excerpt, givenLabels, givenListLabel, joinAnd, stanceHeadings, type GivenAs } from '../labels.ts';

/**
 * What the page of one passage shows, and the labels that say how a passage
 * is given wherever it is listed (search results, the quotes index, entity
 * pages). Lists that could grow with the corpus are cut at `listed` and the
 * rest counted, so a passage page stays small at any corpus size.
 */
export { givenLabels, type GivenAs } from '../labels.ts';

/** Words set in quotation marks inside a passage ("in large quantities"). */
export function quotedFragments(text: string): string[] {
  return [...text.matchAll(/["“]([^"“”]+)["”]/g)].map((m) => m[1]!.replace(/[,.]$/, '').trim()).filter(Boolean);
}

/** How the document gives the words: a paraphrase that quotes some words says so. */
export function givenAs(quote: QuoteAnnotation): GivenAs {
  if (quote.mode === 'unattributed' || !quote.speaker) return 'unattributed';
  if (quote.mode === 'direct') return 'direct';
  return quotedFragments(quote.exact).length > 0 ? 'paraphrase-quoting' : 'paraphrase';
}

/**
 * A passage's words to show on their own (a result's title, a line in a
 * list): a direct quotation in quotation marks; a paraphrase or an
 * unattributed assertion as printed, so only the words the document quotes
 * stand in quotation marks.
 */
export function passageTitle(quote: QuoteAnnotation, max = Infinity): string {
  return givenAs(quote) === 'direct' ? `“${excerpt(quoteWords(quote.exact), max)}”` : excerpt(quote.exact, max);
}

/** Names of the outlets the words came through: the quote's `via`, then the original publisher of a republication. */
export function relayNames(graph: CorpusGraph, document: AnalysedDocument, quote: QuoteAnnotation): string[] {
  const ids = [...quote.via, ...(document.data.originalPublisher ? [document.data.originalPublisher] : [])];
  return [...new Set(ids)].map((id) => graph.entity(id)?.name ?? id);
}

/** One line saying how a passage is given and by whom: "Paraphrase · Anatoly Antonov, via RT". */
export function passageLabel(graph: CorpusGraph, { document, annotation: q }: Located<QuoteAnnotation>): string {
  const given = givenAs(q);
  const who = q.speaker ? (graph.entity(q.speaker)?.name ?? q.speaker) : 'no named source';
  const via = relayNames(graph, document, q);
  return `${givenListLabel(given)} · ${who}${via.length > 0 ? `, via ${joinAnd(via)}` : ''}`;
}

/** How many passages a list on a passage page names before counting the rest. */
export const listed = 10;

export interface RelatedPassage {
  at: Located;
  /** The passage's own page, or its anchor in its document for a claim span. */
  href: string;
  label: string;
  chain: ChainStep[];
}

export interface PassageView {
  slug: string;
  anchor: string;
  document: AnalysedDocument;
  /** The words exactly as printed, quotation marks included. */
  words: string;
  /** The sentence around the words. */
  sentence: PassageParts;
  given: GivenAs;
  givenLabel: string;
  /** Words the text sets in quotation marks, for a paraphrase. */
  fragments: string[];
  label: string;
  speaker?: EntityRecord;
  event?: EntityRecord;
  chain: ChainStep[];
  /** Other copies and wordings of the same words, oldest first. */
  copies: (RelatedPassage & { identical: boolean })[];
  moreCopies: number;
  claim?: ClaimRecord;
  stance: QuoteAnnotation['stance'];
  /** For a passage that states a claim: the passages that dispute it. For one that disputes: the claim's claimant. */
  disputes: RelatedPassage[];
  moreDisputes: number;
  claimant?: EntityRecord;
  /** The passage in its document (highlighted there on arrival). */
  inDocument: string;
  permalink: string;
  citation: CslItem;
  /** The speaker's name, or "No named source". */
  who: string;
  /** The page's title and description. */
  title: string;
  description: string;
  /** One sentence saying how the document gives the words. */
  how: string;
  /** The document's date, when known. */
  date?: string;
  /** "States", "Disputes" or "Answers conditionally", before the claim. */
  stanceHeading: string;
  links: {
    speaker?: string;
    event?: string;
    claim?: string;
    claimant?: string;
    /** The speaker's list of passages, where the copies not listed here are. */
    speakerPassages?: string;
  };
}

/** How the document gives a passage's words, as one sentence about `who`. */
export function howGiven(given: GivenAs, who: string, fragments: string[]): string {
  switch (given) {
    case 'direct':
      return `A direct quotation: the document prints these words in quotation marks as ${who}’s own.`;
    case 'paraphrase':
      return `A paraphrase: the document reports what ${who} said in its own words; none of them are quoted.`;
    case 'paraphrase-quoting':
      return `A paraphrase: the document reports what ${who} said in its own words, quoting only ${joinAnd(fragments.map((f) => `“${f}”`))}.`;
    case 'unattributed':
      return 'Unattributed: the document asserts these words without naming who said them.';
  }
}

function related(graph: CorpusGraph, at: Located, urls: Urls): RelatedPassage {
  const a = at.annotation;
  if (a.type === 'quote') {
    const q = at as Located<QuoteAnnotation>;
    return { at, href: urls.passage(at.document.slug, a.anchor), label: passageLabel(graph, q), chain: attributionChain(at.document, a) };
  }
  if (a.type === 'claim')
    return {
      at,
      href: urls.document(at.document.slug, a.anchor),
      label: a.stance === 'disputes' ? 'Disputed by the text, no speaker named' : 'Stated by the text',
      chain: attributionChain(at.document, a),
    };
  return { at, href: urls.document(at.document.slug, a.anchor), label: '', chain: [] };
}

/**
 * The page of a passage. `urls` builds the page's links; `absolute` the
 * permalink and the citation's URL.
 */
export function passageView(graph: CorpusGraph, at: Located<QuoteAnnotation>, urls: Urls, absolute: Urls): PassageView {
  const { document, annotation: q } = at;
  const given = givenAs(q);
  const copies = copiesOf(graph, at);
  const claim = q.claim ? graph.claim(q.claim) : undefined;
  const disputes = claim && q.stance === 'asserts' ? graph.disputesOf(claim.id) : [];
  const speaker = q.speaker ? graph.entity(q.speaker) : undefined;
  const event = q.event ? graph.entity(q.event) : undefined;
  const claimant = claim && q.stance !== 'asserts' ? graph.entity(claim.claimant) : undefined;
  const who = speaker?.name ?? 'No named source';
  const fragments = given === 'paraphrase-quoting' ? quotedFragments(q.exact) : [];
  const label = passageLabel(graph, at);
  return {
    slug: document.slug,
    anchor: q.anchor,
    document,
    words: q.exact,
    sentence: passageParts(document, q),
    given,
    givenLabel: givenLabels[given],
    fragments,
    label,
    speaker,
    event,
    chain: attributionChain(document, q),
    copies: copies.slice(0, listed).map((c) => ({ ...related(graph, c.at, urls), identical: c.identical })),
    moreCopies: Math.max(0, copies.length - listed),
    claim,
    stance: q.stance,
    disputes: disputes
      .slice(0, listed)
      .map((d) => related(graph, d, urls))
      .map((r) => ({ ...r, label: r.label || 'A passage' })),
    moreDisputes: Math.max(0, disputes.length - listed),
    claimant,
    inDocument: urls.document(document.slug, q.anchor),
    permalink: absolute.passage(document.slug, q.anchor),
    citation: quoteCitation(graph, at, absolute),
    who,
    title: `${who}: ${excerpt(q.exact, 90)}`,
    description: `${label}, in “${document.data.title}”.`,
    how: howGiven(given, who, fragments),
    date: document.data.published,
    stanceHeading: stanceHeadings[q.stance],
    links: {
      speaker: speaker && urls.entity(speaker.id),
      event: event && urls.entity(event.id),
      claim: claim && urls.claim(claim.id),
      claimant: claimant && urls.entity(claimant.id),
      speakerPassages: speaker && urls.speakerQuotes(speaker.id),
    },
  };
}

/** Every quote in the corpus, in corpus order: one page each. */
export function allPassages(graph: CorpusGraph): Located<QuoteAnnotation>[] {
  return graph.documents.flatMap((document) =>
    document.annotations.filter((a): a is QuoteAnnotation => a.type === 'quote').map((annotation) => ({ document, annotation })),
  );
}

/**
 * The route of every passage's page, /quotes/<document>/<anchor>/. The lists
 * by speaker live at /quotes/by/, so a document may not be called "by".
 */
export function passageRoutes(graph: CorpusGraph): { params: { slug: string; anchor: string }; props: { at: Located<QuoteAnnotation> } }[] {
  const clash = graph.document('by');
  if (clash)
    throw new Error(
      `${clash.file}: the document slug "by" is reserved (its passages' pages would clash with /quotes/by/); rename the file`,
    );
  return allPassages(graph).map((at) => ({ params: { slug: at.document.slug, anchor: at.annotation.anchor }, props: { at } }));
}
