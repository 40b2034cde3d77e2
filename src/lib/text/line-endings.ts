// A content file may break its lines with LF, CRLF or a lone CR (old Mac
// editors). Astro's frontmatter reader and its MDX compiler only know the
// first two, so the check, the collections and the MDX compiler all read a
// file with each lone CR turned into LF. The replacement keeps every offset,
// line and column of the file as it is on disk (a lone CR already ends a line
// in the check's positions), so what the check reports is where the editor
// sees it, and the text Astro publishes is the text the check read.

const loneCr = /\r(?!\n)/g;

/** Whether the text breaks a line with a lone CR. */
export const hasLoneCr = (text: string): boolean => text.includes('\r') && /\r(?!\n)/.test(text);

/** The text with each lone CR replaced by LF (CRLF and LF stay as they are). */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(loneCr, '\n') : text;
}

/** The part of an Astro content loader this module relies on. */
interface LoaderLike {
  name: string;
  load: (context: never) => Promise<void>;
}

/** How Astro's glob loader reads an entry's frontmatter and body: by file extension, from its load context. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/**
 * A content loader (Astro's glob loader) that reads each file's frontmatter
 * and body with lone CRs as LF. The glob loader reads a file itself and hands
 * its text to the entry type of its extension (the MDX integration's
 * frontmatter reader), taken from the load context; the wrapper gives it
 * entry types that see the text as the check does. The compiled page reads
 * the file through Vite, where src/integrations/anchors.ts does the same.
 */
export function readingLineFeeds<L extends LoaderLike>(loader: L): L {
  return {
    ...loader,
    load: (context: object) => {
      const entryTypes = (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!(entryTypes instanceof Map)) throw new Error(`${loader.name}: Astro no longer hands its loader the entry types, so lone CR line endings cannot be read as LF; update src/lib/text/line-endings.ts`);
      const asLineFeeds = new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          Object.assign(Object.create(Object.getPrototypeOf(type) as object) as EntryType, type, {
            getEntryInfo: (params: { fileUrl: URL; contents: string }) => type.getEntryInfo.call(type, { ...params, contents: withLineFeeds(params.contents) }),
          }),
        ]),
      );
      return (loader.load as (context: object) => Promise<void>)({ ...context, entryTypes: asLineFeeds });
    },
  };
}
