import { attributionChain } from '../corpus/chain.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import { claimsDisputers } from '../corpus/disputers.ts';
import { oncePerGraph } from '../corpus/per-graph.ts';
import type { ClaimAnnotation, QuoteAnnotation } from '../corpus/types.ts';
import { siteRelativeUrls, type Urls } from '../urls.ts';
import { joinAnd, plural, shortDate, UNDATED, UNKNOWN_PUBLISHER } from '../labels.ts';

/**
 * What the share image of a page says (Open Graph, 1200 × 630): the headline,
 * the chain of outlets, and the dispute status, in words. Plain data here; the
 * picture is drawn by share-image.ts.
 */
export interface ShareCard {
  kind: 'document' | 'claim';
  /** "Document" or "Claim", over the headline. */
  label: string;
  headline: string;
  /** The outlet chain, as a line of steps. */
  chain: string[];
  /** The dispute status as a sentence (for the text alternative). */
  status: string;
  disputed: boolean;
  /** The status as the image prints it: a badge, then the rest of the sentence. */
  badge: string;
  detail: string;
  /** A text alternative for the image (og:image:alt). */
  alt: string;
}

/** Disputers named on a card before the rest are counted. */
const NAMED = 3;

const dateText = shortDate;

function names(list: string[]): string {
  const shown = list.slice(0, NAMED);
  const rest = list.length - shown.length;
  const all = rest > 0 ? [...shown, `${rest} ${rest === 1 ? 'other' : 'others'}`] : shown;
  return joinAnd(all);
}

/** Who disputes these claims anywhere in the corpus, by name, in the order first met (src/lib/corpus/disputers.ts). */
function disputersOf(graph: CorpusGraph, claims: readonly string[]): string[] {
  return [
    ...new Set(claimsDisputers(graph, claims).map((speaker) => (speaker ? (graph.entity(speaker)?.name ?? speaker) : 'an unnamed source'))),
  ];
}

/** A document's share card: drawn by the share images' thread, its text the alternative on the document's page, so made once. */
export const documentCard = oncePerGraph((graph, slug: string): ShareCard => {
  const d = graph.document(slug)!;
  const name = (id: string) => graph.entity(id)?.name ?? id;
  const date = d.data.published;
  const published = date ? dateText(date) : UNDATED;
  const publisher = d.data.publisher ? name(d.data.publisher) : UNKNOWN_PUBLISHER;
  // The outlets the quotes name (in parallel, one step), then the original publisher, then this copy.
  const relays: string[] = [];
  for (const a of d.annotations) {
    if (a.type !== 'quote') continue;
    for (const outlet of a.via)
      if (outlet !== d.data.publisher && outlet !== d.data.originalPublisher && !relays.includes(name(outlet))) relays.push(name(outlet));
  }
  const chain: string[] = relays.length > 0 ? [`quoting ${names(relays)}`] : [];
  if (d.data.originalPublisher) {
    chain.push(`${name(d.data.originalPublisher)}${d.data.originalPublished ? `, ${dateText(d.data.originalPublished)}` : ''}`);
    chain.push(!d.data.publisher ? `copy on an unnamed site, ${published}` : `republished by ${publisher}, ${published}`);
  } else chain.push(!d.data.publisher ? `copy on an unnamed site, ${published}` : `${publisher}, ${published}`);

  const claims = [...new Set(d.annotations.flatMap((a) => ((a.type === 'quote' || a.type === 'claim') && a.claim ? [a.claim] : [])))];
  const disputed = claims.filter((id) => graph.disputesOf(id).length > 0);
  const who = disputersOf(graph, disputed);
  const status =
    claims.length === 0
      ? 'Carries no tracked claim'
      : disputed.length === 0
        ? `${plural(claims.length, 'tracked claim')}; no dispute recorded in these documents`
        : `${plural(claims.length, 'tracked claim')}; ${disputed.length} disputed, by ${names(who)}`;
  return {
    kind: 'document',
    label: 'Annotated document',
    headline: d.data.title,
    chain,
    status,
    disputed: disputed.length > 0,
    badge: disputed.length > 0 ? 'Disputed' : 'No dispute recorded',
    detail: status,
    alt: `“${d.data.title}”: ${chain.join(' → ')}. ${status}.`,
  };
});

export function claimCard(graph: CorpusGraph, id: string): ShareCard {
  const claim = graph.claim(id)!;
  const name = (e: string) => graph.entity(e)?.name ?? e;
  const appearances = graph.appearancesOf(id);
  // Every speaker, event and outlet the claim's words passed through, in the order of its first appearances.
  const chain: string[] = [name(claim.claimant)];
  for (const { document, annotation } of appearances) {
    for (const step of attributionChain(document, annotation as QuoteAnnotation | ClaimAnnotation)) {
      if ((step.role === 'event' || step.role === 'outlet') && step.entity && !chain.includes(name(step.entity)))
        chain.push(name(step.entity));
    }
  }
  if (chain.length > 5) chain.splice(5, chain.length - 5, `${chain.length - 5} ${chain.length === 6 ? 'other' : 'others'}`);
  const documents = new Set(appearances.map((a) => a.document.slug)).size;
  chain.push(`${plural(documents, 'document')} here`);
  const who = disputersOf(graph, [id]);
  const status = who.length === 0 ? 'No dispute recorded in these documents' : `Disputed by ${names(who)}`;
  return {
    kind: 'claim',
    label: 'Tracked claim',
    headline: claim.statement,
    chain,
    status,
    disputed: who.length > 0,
    badge: who.length > 0 ? 'Disputed' : 'No dispute recorded',
    detail: who.length > 0 ? `by ${names(who)}` : 'in these documents',
    alt: `Claim: ${claim.statement} ${chain.join(' → ')}. ${status}.`,
  };
}

/** A share image of the site: its file, from the site's root (`share/documents/<slug>.png`), and its card. */
export interface ShareImage {
  file: string;
  card: ShareCard;
}

/** Every share image of the site: documents' first, then claims'. */
export function shareImages(graph: CorpusGraph): ShareImage[] {
  const file = (kind: 'document' | 'claim', id: string) => siteRelativeUrls.shareImage(kind, id).slice(1);
  return [
    ...graph.documents.map((d) => ({ file: file('document', d.slug), card: documentCard(graph, d.slug) })),
    ...graph.claims.map((c) => ({ file: file('claim', c.id), card: claimCard(graph, c.id) })),
  ];
}

/** The share card of a page, from its path below the site root (`documents/<slug>/`, `claims/<id>/`), if it has one. */
export function shareCardFor(graph: CorpusGraph, path: string): { kind: 'document' | 'claim'; id: string } | undefined {
  const m = /^\/?(documents|claims)\/([^/]+)\/?$/.exec(path);
  if (!m) return undefined;
  const id = decodeURIComponent(m[2]!);
  if (m[1] === 'documents') return graph.document(id) ? { kind: 'document', id } : undefined;
  return graph.claim(id) ? { kind: 'claim', id } : undefined;
}

/** The share image of a page and its text alternative, for the og:image and twitter:image tags; `urls` must be absolute. */
export function shareMeta(graph: CorpusGraph, path: string, urls: Urls): { image: string; alt: string } | undefined {
  const page = shareCardFor(graph, path);
  if (!page) return undefined;
  const card = page.kind === 'document' ? documentCard(graph, page.id) : claimCard(graph, page.id);
  return { image: urls.shareImage(page.kind, page.id), alt: card.alt };
}
