// A content file may start with a byte order mark and break its lines with
// LF, CRLF or a lone CR (old Mac editors). Astro's frontmatter reader and its
// MDX compiler only know LF and CRLF, and Sätteri drops a leading BOM, so its
// offsets would miss by one the text that holds it. So the check reads a
// file as contentText gives it, no BOM, each lone CR turned into LF, and a
// document's page compiles the text the check read. Lines and columns stay
// those an editor shows (a lone CR already ends a line in the check's
// positions; an editor does not show the BOM), and the text Astro publishes
// is the text the check read.

const loneCr = /\r(?!\n)/g;

/** Whether the text is not read as it is stored: it starts with a BOM or breaks a line with a lone CR. */
export const needsReading = (text: string): boolean => text.startsWith('\uFEFF') || (text.includes('\r') && /\r(?!\n)/.test(text));

/** The text of a content file as every reader gets it: without a leading BOM, each lone CR as LF (CRLF and LF stay as they are). */
export function contentText(text: string): string {
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(loneCr, '\n') : unmarked;
}
