/**
 * The text of a note, written by an author as a literal attribute, may link
 * to corpus pages with a small Markdown-like syntax:
 *   [label](entity:<id>)  [label](claim:<id>)  [label](document:<slug>#<anchor>)
 *   [label](https://…)    (a named public source)
 * It is parsed into segments so pages and exports render it from data.
 */
export type LinkTarget =
  | { type: 'entity' | 'claim'; id: string }
  | { type: 'document'; id: string; anchor?: string }
  | { type: 'url'; href: string };

export type NoteSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; target: LinkTarget };

/** A link whose target could not be understood, with its offset in the note text. */
export interface NoteLinkProblem {
  offset: number;
  target: string;
  message: string;
}

// A target may hold balanced parentheses, as Markdown allows: https://en.wikipedia.org/wiki/Ministry_of_Defence_(Russia)
const linkPattern = /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;

export function parseNoteText(source: string): { segments: NoteSegment[]; problems: NoteLinkProblem[] } {
  const segments: NoteSegment[] = [];
  const problems: NoteLinkProblem[] = [];
  let last = 0;
  for (const match of source.matchAll(linkPattern)) {
    const [whole, label, raw] = match as unknown as [string, string, string];
    const index = match.index ?? 0;
    if (index > last) segments.push({ kind: 'text', text: source.slice(last, index) });
    const target = parseTarget(raw);
    if (typeof target === 'string') {
      problems.push({ offset: index, target: raw, message: target });
      segments.push({ kind: 'text', text: label });
    } else {
      segments.push({ kind: 'link', text: label, target });
    }
    last = index + whole.length;
  }
  if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
  return { segments, problems };
}

/** A target, or a string explaining why it is not one. */
function parseTarget(raw: string): LinkTarget | string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { type: 'url', href: raw };
  if (scheme === 'entity' || scheme === 'claim') return { type: scheme, id: raw.slice(scheme.length + 1) };
  if (scheme === 'document') {
    const [id = '', anchor] = raw.slice('document:'.length).split('#');
    return anchor ? { type: 'document', id, anchor } : { type: 'document', id };
  }
  if (scheme === 'javascript') return 'javascript: URLs are not allowed';
  return `unknown link target "${raw}": use entity:<id>, claim:<id>, document:<slug>#<anchor> or an https:// URL`;
}

/** The note as plain text, links reduced to their labels (for exports and search). */
export function noteToPlainText(segments: NoteSegment[]): string {
  return segments.map((s) => s.text).join('');
}
