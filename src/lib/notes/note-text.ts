/**
 * The text of a note, written by an author as a literal attribute, is one
 * paragraph of Markdown (CommonMark with GFM, read by remark, as the
 * documents' own Markdown is read): emphasis, strong, code, strikethrough and
 * links to corpus pages or named public sources:
 *   [label](entity:<id>)  [label](claim:<id>)  [label](document:<slug>#<anchor>)
 *   [label](https://…)  <https://…>  https://…  (a named public source)
 * It is parsed into segments so pages and exports render it from data (a note
 * of plain words and links without the parser: plainNote). What a
 * note's box cannot show as written (blocks, images, raw HTML, line breaks,
 * other link targets) is a problem, with its offset in the note text.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type LinkTarget =
  { type: 'entity' | 'claim'; id: string } | { type: 'document'; id: string; anchor?: string } | { type: 'url'; href: string };

/** Markdown's inline styles a note may use, rendered as <em>, <strong>, <code> and <del>. */
export type TextMark = 'emphasis' | 'strong' | 'code' | 'delete';

/** A run of text with its styles, outermost first. */
export interface StyledRun {
  text: string;
  marks: TextMark[];
}

/**
 * `text` is always the plain text (what exports and search use); `marks` and
 * a link's `runs` only say how parts of it are styled, when they are.
 */
export type NoteSegment =
  { kind: 'text'; text: string; marks?: TextMark[] } | { kind: 'link'; text: string; target: LinkTarget; runs?: StyledRun[] };

/** Something in a note its box cannot show as written, with its offset in the note text. */
export interface NoteTextProblem {
  offset: number;
  rule: 'note-link' | 'no-javascript-url' | 'note-markdown';
  message: string;
}

// `~` alone stays a tilde ("~3 million"); strikethrough takes two.
const markdown = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });

const markOf: Partial<Record<Nodes['type'], TextMark>> = { emphasis: 'emphasis', strong: 'strong', delete: 'delete' };

/** Why a block cannot stand in a note, by node type. */
const blockNames: Partial<Record<Nodes['type'], string>> = {
  heading: 'a heading',
  list: 'a list',
  blockquote: 'a block quote',
  code: 'a code block',
  table: 'a table',
  thematicBreak: 'a horizontal rule',
  definition: 'a link reference definition',
  footnoteDefinition: 'a footnote',
};

/** A note's text read: its segments, and what its box cannot show. */
export interface ReadNote {
  segments: NoteSegment[];
  problems: NoteTextProblem[];
}

export function parseNoteText(source: string): ReadNote {
  return plainNote(source) ?? parseNoteMarkdown(source);
}

/**
 * Most notes are words and `[label](target)` links with nothing else that
 * Markdown reads: those are split here without the parser, which is most of
 * the check's time per document otherwise (about 0.2 ms a note, mostly the
 * parser's set-up). Any character that could start other Markdown (emphasis,
 * code, HTML, entities, escapes, images, autolinks, blocks) or a link that is
 * not of that plain form sends the note to the parser; a test compares the two
 * readings on every note this takes.
 */
const outsideLinks = /^[^[\]*_`<>!~#|\\&@:\t\r\n\0]*$/;
const plainLink = /\[([^[\]*_`<>!~#|\\&@:\t\r\n\0]+)\]\(([^()\s<>"'\\&[\]\0]+)\)/g;

export function plainNote(source: string): ReadNote | undefined {
  // Blocks (lists, headings, quotes), and the spaces the parser trims, start or end a note.
  if (!/^[\p{L}"'‘“([]/u.test(source) || /\s$/.test(source) || /www\./i.test(source)) return undefined;
  const segments: NoteSegment[] = [];
  let at = 0;
  for (const link of source.matchAll(plainLink)) {
    const before = source.slice(at, link.index);
    const target = parseTarget(link[2]!);
    if (!outsideLinks.test(before) || typeof target === 'string') return undefined;
    if (before) segments.push({ kind: 'text', text: before });
    segments.push({ kind: 'link', text: link[1]!, target });
    at = link.index + link[0].length;
  }
  const after = source.slice(at);
  if (!outsideLinks.test(after)) return undefined;
  if (after) segments.push({ kind: 'text', text: after });
  return { segments, problems: [] };
}

/** The note read by remark with GFM, as the documents' own Markdown is read. */
export function parseNoteMarkdown(source: string): ReadNote {
  const segments: NoteSegment[] = [];
  const problems: NoteTextProblem[] = [];
  const problem = (node: Nodes, rule: NoteTextProblem['rule'], message: string) =>
    problems.push({ offset: node.position?.start.offset ?? 0, rule, message });

  /** Appends a run of text to `out`, merged with the run before it when they are styled alike. */
  const addRun = (out: StyledRun[], text: string, marks: TextMark[]) => {
    const last = out.at(-1);
    if (last && last.marks.join() === marks.join()) last.text += text;
    else out.push({ text, marks });
  };

  /** The runs of phrasing content, for a link's label or the note itself; links inside are handled by `onLink`. */
  const phrasing = (
    nodes: PhrasingContent[],
    marks: TextMark[],
    out: StyledRun[],
    onLink: (node: Extract<Nodes, { type: 'link' }>, marks: TextMark[]) => void,
  ) => {
    for (const node of nodes) {
      const mark = markOf[node.type];
      if (node.type === 'text') addRun(out, node.value, marks);
      else if (node.type === 'inlineCode') addRun(out, node.value, [...marks, 'code']);
      else if (mark && 'children' in node) phrasing(node.children as PhrasingContent[], [...marks, mark], out, onLink);
      else if (node.type === 'link') onLink(node, marks);
      else if (node.type === 'break')
        problem(
          node,
          'note-markdown',
          'a line break (a backslash or two spaces at the end of a line) cannot show in a note; join the lines',
        );
      else if (node.type === 'image' || node.type === 'imageReference')
        problem(node, 'note-markdown', 'images cannot show in a note; say in words what the picture shows, or link it');
      else if (node.type === 'html') {
        // Once a note: a closing tag would only repeat it.
        if (!problems.some((p) => p.message.startsWith('raw HTML')))
          problem(
            node,
            'note-markdown',
            `raw HTML "${node.value.slice(0, 40)}" is not allowed in a note; use Markdown, or escape a literal "<" as \\<`,
          );
      } else if (node.type === 'linkReference')
        problem(node, 'note-link', 'reference links are not allowed in a note; write [label](target)');
      else if (node.type === 'footnoteReference')
        problem(node, 'note-markdown', 'footnotes cannot show in a note; write the words in the note');
      else problem(node, 'note-markdown', `${node.type} cannot show in a note`);
    }
  };

  const flush = (runs: StyledRun[]) => {
    for (const run of runs) {
      const last = segments.at(-1);
      if (last?.kind === 'text' && (last.marks ?? []).join() === run.marks.join()) last.text += run.text;
      else segments.push(run.marks.length ? { kind: 'text', text: run.text, marks: run.marks } : { kind: 'text', text: run.text });
    }
  };

  const tree = markdown.parse(source);
  let paragraphs = 0;
  tree.children.forEach((block) => {
    if (block.type !== 'paragraph') {
      if (block.type === 'html') phrasing([block], [], [], () => {});
      else
        problem(block, 'note-markdown', `${blockNames[block.type] ?? block.type} cannot show in a note: a note is one paragraph of text`);
      return;
    }
    if (paragraphs++ > 0) {
      problem(block, 'note-markdown', 'a blank line would start a second paragraph, which a note cannot show; join the paragraphs');
      flush([{ text: ' ', marks: [] }]);
    }
    const pending: StyledRun[] = [];
    phrasing(block.children, [], pending, (link, marks) => {
      flush(pending.splice(0));
      const runs: StyledRun[] = [];
      // Links cannot nest in Markdown, so a label holds no further link.
      phrasing(link.children, marks, runs, () => {});
      const text = runs.map((r) => r.text).join('');
      const target = parseTarget(link.url);
      if (typeof target === 'string') {
        problem(link, /^\s*javascript:/i.test(link.url) ? 'no-javascript-url' : 'note-link', target);
        flush(runs);
      } else if (link.title) {
        problem(link, 'note-link', `the link title "${link.title.slice(0, 40)}" would not show; take it out of the link`);
        flush(runs);
      } else {
        segments.push(runs.some((r) => r.marks.length) ? { kind: 'link', text, target, runs } : { kind: 'link', text, target });
      }
    });
    flush(pending);
  });
  return { segments, problems };
}

/** A target, or a string explaining why it is not one. */
function parseTarget(raw: string): LinkTarget | string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if ((scheme === 'http' || scheme === 'https') && /^https?:\/\/[^/\s]/i.test(raw)) return { type: 'url', href: raw };
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
