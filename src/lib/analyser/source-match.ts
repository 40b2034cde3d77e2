import { Reporter } from './diagnostics.ts';
import { parseMarkdown } from './parse.ts';
import type { TextBuilder } from './text-builder.ts';
import { walkDocument } from './walk.ts';

/**
 * Text for comparison: typographic quotes made straight (authors may type
 * either), whitespace collapsed. Returns the text and, for each of its
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
    if (isSpace(input.charCodeAt(i), ch)) {
      if (afterSpace) continue;
      ch = ' ';
      afterSpace = true;
    } else {
      afterSpace = false;
      if ('“”„‟″'.includes(ch)) ch = '"';
      else if ('‘’‚‛′'.includes(ch)) ch = "'";
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

/** Same as /\s/.test(ch), with a fast path for ASCII. */
function isSpace(code: number, ch: string): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(ch);
}

/** The plain text of an archived copy, read as Markdown like the documents are. */
export function archivePlainText(markdown: string): string {
  const { builder } = walkDocument(parseMarkdown(markdown), new Reporter('(archive)'));
  return builder.toString();
}

function lineColumn(source: string, offset: number) {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

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
  let expected = normalise(archivePlainText(archive.text)).text;

  const trimLine = args.source.split('\n').findIndex((l) => l.startsWith('trimmed:')) + 1;
  for (const [i, trim] of args.trimmed.entries()) {
    const passage = normalise(trim.text).text;
    const index = expected.indexOf(passage);
    if (index === -1) {
      report.error({ line: trimLine || 1, column: 1 }, 'trim-not-found', `trimmed[${i}] does not occur in ${archive.file}: ${snippet(passage, 0)}`);
      continue;
    }
    expected = (expected.slice(0, index) + ' ' + expected.slice(index + passage.length)).replace(/ {2,}/g, ' ').trim();
  }

  // With a passage missing from the archive the comparison below would mislead.
  if (report.list.some((d) => d.rule === 'trim-not-found')) return;

  const title = normalise(args.title).text;
  if (!expected.startsWith(title)) {
    const titleLine = args.source.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    const i = differingWord(title, expected);
    const found = i >= title.length ? 'the title ends' : `the title reads ${excerpt(title, i)}`;
    report.error({ line: titleLine || 1, column: 1 }, 'source-mismatch', `title differs from the headline of ${archive.file}: ${found} where the headline reads ${excerpt(expected, i)}`);
    return;
  }
  expected = expected.slice(title.length).trimStart();

  const actual = normalise(args.text);
  if (actual.text === expected) return;
  let i = 0;
  while (i < actual.text.length && i < expected.length && actual.text[i] === expected[i]) i++;
  // Point at the start of the differing word, which is what a reader compares.
  while (i > 0 && actual.text[i - 1] !== ' ' && expected[i - 1] !== ' ') i--;
  const textIndex = actual.origin[Math.min(i, actual.origin.length - 1)] ?? args.text.length;
  const at = i >= actual.text.length ? lineColumn(args.source, args.source.trimEnd().length) : lineColumn(args.source, args.builder.fileOffset(textIndex));
  const found = i >= actual.text.length ? 'the document ends' : `the document reads ${snippet(actual.text, i)}`;
  const wanted = i >= expected.length ? 'the archive ends' : `the archive reads ${snippet(expected, i)}`;
  report.error(at, 'source-mismatch', `text differs from ${archive.file}: ${found} where ${wanted}`);
}
