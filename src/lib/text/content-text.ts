// A content file may start with a byte order mark and break its lines with
// LF, CRLF or a lone CR (old Mac editors). Astro's frontmatter reader and its
// MDX compiler only know LF and CRLF, and Sätteri drops a leading BOM, so its
// offsets would miss by one the text that holds it. So the check, the
// collections and the MDX compiler all read a file as contentText gives it:
// no BOM, each lone CR turned into LF. Lines and columns stay those an editor
// shows (a lone CR already ends a line in the check's positions; an editor
// does not show the BOM), and the text Astro publishes is the text the check
// read.

const loneCr = /\r(?!\n)/g;

/** Whether the text is not read as it is stored: it starts with a BOM or breaks a line with a lone CR. */
export const needsReading = (text: string): boolean => text.startsWith('\uFEFF') || (text.includes('\r') && /\r(?!\n)/.test(text));

/** The text of a content file as every reader gets it: without a leading BOM, each lone CR as LF (CRLF and LF stay as they are). */
export function contentText(text: string): string {
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(loneCr, '\n') : unmarked;
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
 * and body as contentText gives them. The glob loader reads a file itself and hands
 * its text to the entry type of its extension (the MDX integration's
 * frontmatter reader), taken from the load context; the wrapper gives it
 * entry types that see the text as the check does. The compiled page reads
 * the file through Vite, where src/integrations/anchors.ts does the same.
 */
export function readingContentText<L extends LoaderLike>(loader: L): L {
  return {
    ...loader,
    load: (context: object) => {
      const entryTypes = (context as { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!(entryTypes instanceof Map))
        throw new Error(
          `${loader.name}: Astro no longer hands its loader the entry types, so files cannot be read as the check reads them; update src/lib/text/content-text.ts`,
        );
      const asLineFeeds = new Map(
        [...entryTypes].map(([extension, type]) => [
          extension,
          Object.assign(Object.create(Object.getPrototypeOf(type) as object) as EntryType, type, {
            getEntryInfo: (params: { fileUrl: URL; contents: string }) =>
              type.getEntryInfo.call(type, { ...params, contents: contentText(params.contents) }),
          }),
        ]),
      );
      return (loader.load as (context: object) => Promise<void>)({ ...context, entryTypes: asLineFeeds });
    },
  };
}
