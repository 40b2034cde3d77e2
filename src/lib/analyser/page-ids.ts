// Ids on a document page come from three places: the annotations' anchors
// (generated, or pinned with anchor="…"), the page's own layout (main, the
// note popovers note-<anchor>, section titles), and the headings of the text,
// which Astro's Markdown processor ids with github-slugger. Two elements with
// one id break anchor links and popovers, so the check keeps them apart.
import Slugger from 'github-slugger';
import type { Reporter } from './diagnostics.ts';
import type { Position } from './source-positions.ts';

/** Prefixes the site gives ids of its own: generated anchors (m-, q-, c-, n-), note popovers, per-item ids. */
const reservedPrefixes = ['m-', 'q-', 'c-', 'n-', 'note-', 'cite-', 'quote-', 'speaker-', 'w-', 'filter-', 'format-', 'kind-'];
/** Fixed ids of the site's pages. */
const reservedIds = new Set(['main', 'document', 'documents', 'downloads', 'citing', 'example', 'format', 'format-annotation', 'search-hint', 'search-q']);

/** Why a pinned anchor may not be used, or undefined when it may. */
export function reservedAnchor(anchor: string): string | undefined {
  const prefix = reservedPrefixes.find((p) => anchor.startsWith(p));
  if (prefix) return `anchor "${anchor}" starts with "${prefix}", which the site keeps for ids of its own; choose another`;
  if (reservedIds.has(anchor) || anchor.endsWith('-title') || anchor.endsWith('-q')) return `anchor "${anchor}" is an id the page uses already; choose another`;
  return undefined;
}

/**
 * Reports a heading whose id (as Astro's processor makes it, in document
 * order) equals an annotation's anchor or an id the site keeps.
 */
export function checkHeadingIds(headings: { text: string; at: Position | undefined }[], anchors: Set<string>, report: Reporter): void {
  const slugger = new Slugger();
  for (const { text, at } of headings) {
    const id = slugger.slug(text);
    if (anchors.has(id)) report.error(at, 'duplicate-anchor', `this heading gets the id "${id}", which an annotation on the page has; reword the heading or pin the annotation's anchor`);
    else if (reservedAnchor(id)) report.error(at, 'duplicate-anchor', `this heading gets the id "${id}", which the site keeps for ids of its own; reword the heading`);
  }
}
