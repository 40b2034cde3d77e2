// Ids on a document page come from three places: the annotations' anchors
// (generated, or pinned with anchor="…"), the page's own layout (main, the
// note popovers note-<anchor>, section titles), and the headings of the text,
// whose ids all start with "h-" (src/lib/text/heading-ids.ts). Two elements
// with one id break anchor links and popovers, so a pinned anchor may take
// none of the prefixes and ids the site keeps for itself.
import { headingIdPrefix } from '../text/heading-ids.ts';

/** Prefixes the site gives ids of its own: generated anchors (m-, q-, c-, n-), headings, note popovers, per-item ids. */
const reservedPrefixes = [
  'm-',
  'q-',
  'c-',
  'n-',
  headingIdPrefix,
  'note-',
  'cite-',
  'quote-',
  'speaker-',
  'w-',
  'filter-',
  'format-',
  'kind-',
];
/** Fixed ids of the site's pages. */
const reservedIds = new Set([
  'main',
  'document',
  'documents',
  'downloads',
  'citing',
  'example',
  'format',
  'format-annotation',
  'search-hint',
  'search-q',
]);

/** Why a pinned anchor may not be used, or undefined when it may. */
export function reservedAnchor(anchor: string): string | undefined {
  const prefix = reservedPrefixes.find((p) => anchor.startsWith(p));
  if (prefix) return `anchor "${anchor}" starts with "${prefix}", which the site keeps for ids of its own; choose another`;
  if (reservedIds.has(anchor) || anchor.endsWith('-title') || anchor.endsWith('-q'))
    return `anchor "${anchor}" is an id the page uses already; choose another`;
  return undefined;
}
