import { Reporter } from './diagnostics.ts';
import { parseMarkdown } from './parse.ts';
import type { TextBuilder } from './text-builder.ts';
import { walkDocument } from './walk.ts';

/**
 * Text for comparison: typographic quotes made straight (authors may type
 * either), whitespace collapsed, letters and combining marks composed as in
 * Unicode NFC. Returns the text and, for each of its
 * characters, the index it came from in the input.
 */
export function normalise(input: string): { text: string; origin: number[] } {
  // Characters are collected in an array and joined once: growing a string and
  // asking it endsWith() after each character copies it every time.
  const chars: string[] = [];
  const origin: number[] = [];
  let afterSpace = true; // leading whitespace is dropped
  for (let i = 0; i < input.length; i++) {
    let ch = input[i]!;
    const code = input.charCodeAt(i);
    if (isSpace(code, ch)) {
      if (afterSpace) continue;
      ch = ' ';
      afterSpace = true;
    } else {
      afterSpace = false;
      // No typographic quote or combining mark comes before U+0300, so most characters skip the
      // tests below (a regular expression per character was most of this function's time).
      if (code >= 0x300) {
        if ('“”„‟″'.includes(ch)) ch = '"';
        else if ('‘’‚‛′'.includes(ch)) ch = "'";
        else if (chars.length > 0 && /\p{M}/u.test(ch)) {
          // A combining mark joins the letter before it where NFC has one character
          // for both, so "é" typed as e + U+0301 equals a precomposed "é".
          const composed = (chars[chars.length - 1]! + ch).normalize('NFC');
          if (composed.length === 1) {
            chars[chars.length - 1] = composed;
            continue;
          }
        }
      }
    }
    chars.push(ch);
    origin.push(i);
  }
  if (chars[chars.length - 1] === ' ') {
    chars.pop();
    origin.pop();
  }
  return { text: chars.join(''), origin };
}

/**
 * normalise(input).text, without the origins, which only a mismatch needs:
 * text with no combining mark is normalised by three replacements, at a
 * fifth of the cost of the walk above (most documents and archives).
 */
export function normalisedText(input: string): string {
  if (/\p{M}/u.test(input)) return normalise(input).text;
  const text = input
    .replace(/\s+/g, ' ')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'");
  return text.slice(text.startsWith(' ') ? 1 : 0, text.endsWith(' ') ? -1 : undefined);
}

/** Same as /\s/.test(ch), with a fast path for ASCII. */
function isSpace(code: number, ch: string): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(ch);
}

/** The plain text of an archived copy, read as Markdown like the documents are. */
export function archivePlainText(markdown: string): string {
  const { builder } = walkDocument(parseMarkdown(markdown), markdown, new Reporter('(archive)'));
  return builder.toString();
}

function lineColumn(source: string, offset: number) {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const snippet = (s: string, at: number) => JSON.stringify(s.slice(at, at + 40) + (s.length > at + 40 ? '…' : ''));

/** Where two texts first differ, moved back to the start of that word. */
function differingWord(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  while (i > 0 && a[i - 1] !== ' ' && b[i - 1] !== ' ') i--;
  return i;
}

/** Up to two words of lead-in, then the text from `at`: enough to find the place. */
function excerpt(s: string, at: number): string {
  const lead = s.slice(0, at).split(' ').slice(-3).join(' ');
  const from = at - lead.length;
  return JSON.stringify((from > 0 ? '…' : '') + s.slice(from, at + 40) + (s.length > at + 40 ? '…' : ''));
}

/**
 * Checks that a document's text, annotations stripped, reads exactly as its
 * archived copy: same words in the same order, allowing only the passages
 * listed in `trimmed` and straight/typographic quote differences.
 */
export function checkAgainstSource(args: {
  title: string;
  trimmed: { text: string }[];
  text: string;
  builder: TextBuilder;
  source: string;
  archive: { file: string; text: string };
  report: Reporter;
}): void {
  const { report, archive } = args;
  // The archive's blocks (paragraphs, headings, cells), each normalised.
  const blocks = archivePlainText(archive.text).split('\n\n').map(normalisedText).filter(Boolean);

  // Each trimmed passage is reported at its own entry; it must be a whole
  // block of the archive, so a trim can drop a share widget or a disclaimer,
  // never a word out of a sentence.
  const lines = args.source.split('\n');
  const trimLine = lines.findIndex((l) => l.startsWith('trimmed:'));
  const entries =
    trimLine < 0
      ? []
      : lines.flatMap((l, n) =>
          n > trimLine && /^\s*-\s/.test(l) ? [{ line: n + 1, column: (/^\s*-\s*/.exec(l)?.[0].length ?? 0) + 1 }] : [],
        );
  const removed = new Set<number>();
  for (const [i, trim] of args.trimmed.entries()) {
    const at = entries[i] ?? { line: trimLine + 1 || 1, column: 1 };
    const passage = normalisedText(trim.text);
    const index = blocks.findIndex((block, b) => block === passage && !removed.has(b));
    if (index >= 0) {
      removed.add(index);
      continue;
    }
    const within = blocks.some((block) => block.includes(passage));
    // Where in the archived file: the passage as written, if its words stand there unbroken by markup.
    const rawAt = archive.text.search(
      new RegExp(`(?<![\\p{L}\\p{N}])${passage.split(' ').map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'u'),
    );
    const where =
      rawAt >= 0
        ? ` at ${archive.file}:${lineColumn(archive.text, rawAt).line}:${lineColumn(archive.text, rawAt).column}`
        : ` in ${archive.file}`;
    report.error(
      at,
      'trim-not-found',
      within
        ? `trimmed[${i}] ${snippet(passage, 0)} is part of a paragraph${where}, not a whole one; a trim removes whole paragraphs only`
        : `trimmed[${i}] does not occur in ${archive.file}: ${snippet(passage, 0)}`,
    );
  }
  let expected = blocks.filter((_, b) => !removed.has(b)).join(' ');

  // With a passage missing from the archive the comparison below would mislead.
  if (report.list.some((d) => d.rule === 'trim-not-found')) return;

  const title = normalisedText(args.title);
  if (!expected.startsWith(title)) {
    const titleLine = args.source.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    const i = differingWord(title, expected);
    const found = i >= title.length ? 'the title ends' : `the title reads ${excerpt(title, i)}`;
    report.error(
      { line: titleLine || 1, column: 1 },
      'source-mismatch',
      `title differs from the headline of ${archive.file}: ${found} where the headline reads ${excerpt(expected, i)}`,
    );
    return;
  }
  expected = expected.slice(title.length).trimStart();

  if (normalisedText(args.text) === expected) return;
  const actual = normalise(args.text);
  let i = 0;
  while (i < actual.text.length && i < expected.length && actual.text[i] === expected[i]) i++;
  // Point at the start of the differing word, which is what a reader compares.
  while (i > 0 && actual.text[i - 1] !== ' ' && expected[i - 1] !== ' ') i--;
  const textIndex = actual.origin[Math.min(i, actual.origin.length - 1)] ?? args.text.length;
  const at =
    i >= actual.text.length
      ? lineColumn(args.source, args.source.trimEnd().length)
      : lineColumn(args.source, args.builder.fileOffset(textIndex));
  const found = i >= actual.text.length ? 'the document ends' : `the document reads ${snippet(actual.text, i)}`;
  const wanted = i >= expected.length ? 'the archive ends' : `the archive reads ${snippet(expected, i)}`;
  report.error(at, 'source-mismatch', `text differs from ${archive.file}: ${found} where ${wanted}`);
}
