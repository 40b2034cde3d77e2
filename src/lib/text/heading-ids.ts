// The ids of the headings in a document's text. Astro's Markdown processor
// ids a heading with the slug of its words; on a document page that slug
// could be an annotation's anchor (`q-…`), a note's popover (`note-…`) or an
// id of the layout (`main`). So every heading id of the text starts with a
// prefix no other id on the page uses, and the two can never meet.
import Slugger from 'github-slugger';

/** The prefix of every heading id in a document's text; anchors may not start with it. */
export const headingIdPrefix = 'h-';

/** Gives the ids of one document's headings, in document order, as its page has them (repeats get -1, -2, …). */
export function headingIdMaker(): (text: string) => string {
  const slugger = new Slugger();
  return (text) => `${headingIdPrefix}${slugger.slug(text)}`;
}

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The part of a Sätteri hast visitor's context the plugin uses. */
interface HastContext {
  setProperty(node: unknown, key: string, value: unknown): void;
  textContent(node: unknown): string;
}

/**
 * A Sätteri hast plugin (a factory, so each document gets its own slugger)
 * that gives each heading its prefixed id, as a document's page compiles
 * its text (src/lib/corpus/document-content.ts).
 */
export function namespacedHeadingIds() {
  return () => {
    const next = headingIdMaker();
    return {
      name: 'namespaced-heading-ids',
      element: {
        filter: headingTags,
        visit(node: { properties?: Record<string, unknown> }, ctx: HastContext) {
          if (typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', next(ctx.textContent(node)));
        },
      },
    };
  };
}
