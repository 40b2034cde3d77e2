// Note text is one paragraph of Markdown read by remark with GFM, not picked
// out with a regular expression. Each case below was read wrongly when it was.
// Only notes of plain words and links are split without the parser; the last
// tests check that reading against the parser's.
import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic } from '../../src/lib/analyser/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noteToPlainText, parseNoteMarkdown, parseNoteText, plainNote } from '../../src/lib/notes/note-text.ts';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

const read = (source: string) => parseNoteText(source);
/** The text of every file under `dir`. */
const readContentTexts = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));

describe('note text read as Markdown', () => {
  it('keeps brackets inside a link label', () => {
    expect(read('In [the [RT] copy](document:valid#q-1).').segments).toEqual([
      { kind: 'text', text: 'In ' },
      { kind: 'link', text: 'the [RT] copy', target: { type: 'document', id: 'valid', anchor: 'q-1' } },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps a URL whole when its parentheses nest or one is escaped, instead of cutting it at a ")"', () => {
    expect(read('[a](https://example.org/A_(b_(c))) and [b](https://example.org/x\\)y)').segments).toEqual([
      { kind: 'link', text: 'a', target: { type: 'url', href: 'https://example.org/A_(b_(c))' } },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'b', target: { type: 'url', href: 'https://example.org/x)y' } },
    ]);
  });

  it('keeps a URL in angle brackets whole, spaces included', () => {
    expect(read('[the report](<https://example.org/a b>)').segments).toEqual([
      { kind: 'link', text: 'the report', target: { type: 'url', href: 'https://example.org/a b' } },
    ]);
  });

  it('reads escaped characters as the characters themselves, and an escaped link as text', () => {
    const { segments, problems } = read('\\[not a link\\](entity:rt), \\*not emphasis\\* and AT&amp;T');
    expect(problems).toEqual([]);
    expect(segments).toEqual([{ kind: 'text', text: '[not a link](entity:rt), *not emphasis* and AT&T' }]);
  });

  it('reads emphasis, strong, code and strikethrough as styles of the text, inside a link too', () => {
    const { segments, problems } = read('A *recorded* [**flat** denial](entity:rt) of `$3m` ~~then~~, ~3 a day.');
    expect(problems).toEqual([]);
    expect(segments).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'text', text: 'recorded', marks: ['emphasis'] },
      { kind: 'text', text: ' ' },
      {
        kind: 'link',
        text: 'flat denial',
        target: { type: 'entity', id: 'rt' },
        runs: [
          { text: 'flat', marks: ['strong'] },
          { text: ' denial', marks: [] },
        ],
      },
      { kind: 'text', text: ' of ' },
      { kind: 'text', text: '$3m', marks: ['code'] },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: 'then', marks: ['delete'] },
      { kind: 'text', text: ', ~3 a day.' },
    ]);
    expect(noteToPlainText(segments)).toBe('A recorded flat denial of $3m then, ~3 a day.');
  });

  it('makes links of autolinks and bare web addresses', () => {
    expect(read('See <https://www.un.org/> or www.un.org.').segments).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://www.un.org/', target: { type: 'url', href: 'https://www.un.org/' } },
      { kind: 'text', text: ' or ' },
      { kind: 'link', text: 'www.un.org', target: { type: 'url', href: 'http://www.un.org' } },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps the notes the regular expression read right as they were', () => {
    const source =
      "Words of @mod_russia ([x.com/mod_russia](https://x.com/mod_russia)), syria.mil.ru, 5*3 and snake_case, it's $3 million.";
    expect(read(source).segments).toEqual([
      { kind: 'text', text: 'Words of @mod_russia (' },
      { kind: 'link', text: 'x.com/mod_russia', target: { type: 'url', href: 'https://x.com/mod_russia' } },
      { kind: 'text', text: "), syria.mil.ru, 5*3 and snake_case, it's $3 million." },
    ]);
  });

  it.each([
    ['A <b>bold</b> claim.', 2, 'note-markdown', 'raw HTML "<b>" is not allowed in a note; use Markdown, or escape a literal "<" as \\<'],
    [
      'A map: ![map](https://example.org/map.png)',
      7,
      'note-markdown',
      'images cannot show in a note; say in words what the picture shows, or link it',
    ],
    [
      'Write to [us](mailto:a@example.org).',
      9,
      'note-link',
      'unknown link target "mailto:a@example.org": use entity:<id>, claim:<id>, document:<slug>#<anchor> or an https:// URL',
    ],
    [
      'Or a@example.org.',
      3,
      'note-link',
      'unknown link target "mailto:a@example.org": use entity:<id>, claim:<id>, document:<slug>#<anchor> or an https:// URL',
    ],
    ['Run <javascript:alert(1)>', 4, 'no-javascript-url', 'javascript: URLs are not allowed'],
    [
      '[x](file:///etc/passwd)',
      0,
      'note-link',
      'unknown link target "file:///etc/passwd": use entity:<id>, claim:<id>, document:<slug>#<anchor> or an https:// URL',
    ],
    ['[x](https://example.org "Example")', 0, 'note-link', 'the link title "Example" would not show; take it out of the link'],
    [
      'One line\\\nand another',
      8,
      'note-markdown',
      'a line break (a backslash or two spaces at the end of a line) cannot show in a note; join the lines',
    ],
    ['# A heading\n\nThen text.', 0, 'note-markdown', 'a heading cannot show in a note: a note is one paragraph of text'],
    ['First.\n\nSecond.', 8, 'note-markdown', 'a blank line would start a second paragraph, which a note cannot show; join the paragraphs'],
    ['- a list', 0, 'note-markdown', 'a list cannot show in a note: a note is one paragraph of text'],
  ])('refuses what a note cannot show as written: %j', (source, offset, rule, message) => {
    expect(read(source).problems).toEqual([{ offset, rule, message }]);
  });
});

describe('note text in the check', () => {
  /** The diagnostics for the valid fixture whose note says `note`, and the column of `needle` on its line 12. */
  function check(note: string, needle: string) {
    const files = fixtureContent(['valid']);
    const text = files.documents[0]!.text.replace('note="See [RT](entity:rt)."', `note="${note}"`);
    files.documents[0]!.text = text;
    return {
      result: analyseContent(files).diagnostics.map(formatDiagnostic),
      at: `content/documents/valid.mdx:12:${text.split('\n')[11]!.indexOf(needle) + 1}`,
    };
  }

  it('reports raw HTML in a note at its own line and column', () => {
    const { result, at } = check('See <i>RT</i>.', '<i>');
    expect(result).toEqual([
      `${at}  error  raw HTML "<i>" is not allowed in a note; use Markdown, or escape a literal "<" as \\<  (note-markdown)`,
    ]);
  });

  it('reports an image in a note at its own line and column', () => {
    const { result, at } = check('See ![RT](https://example.org/rt.png).', '![RT]');
    expect(result).toEqual([
      `${at}  error  images cannot show in a note; say in words what the picture shows, or link it  (note-markdown)`,
    ]);
  });

  it('accepts a note with styles, nested brackets and a URL with parentheses', () => {
    expect(check('See *the* [[RT] report](https://example.org/a_(b)) of [RT](entity:rt).', 'x').result).toEqual([]);
  });
});

describe('plain notes, read without the parser', () => {
  const notesIn = (texts: string[]) => texts.flatMap((text) => [...text.matchAll(/\bnote="([^"]*)"/g)].map((m) => m[1]!));
  const projectNotes = notesIn(readContentTexts('content'));
  const benchNotes = notesIn(generateCorpus({ documents: 40 }).files.map((f) => f.text));

  it('reads every note of this project and of the bench corpus as the parser does', () => {
    for (const note of [...projectNotes, ...benchNotes]) expect(parseNoteText(note), note).toEqual(parseNoteMarkdown(note));
  });

  it('takes words and plain links, the form of most notes, without the parser', () => {
    expect(plainNote('No officer or agency is named. Rudskoy, quoted below, gives 11,775.')).toBeDefined();
    expect(benchNotes.every((note) => plainNote(note) !== undefined)).toBe(true);
    expect(projectNotes.filter((note) => plainNote(note)).length).toBeGreaterThan(projectNotes.length / 2);
  });

  it('leaves to the parser whatever else Markdown reads, reading each as the parser does', () => {
    const pieces = [
      'a',
      'Word',
      ' ',
      '. ',
      "'s",
      '"',
      '(',
      ')',
      '[',
      ']',
      '[l](entity:e)',
      '[l](document:d#a)',
      '[l](claim:c)',
      '[l](https://e.org/p)',
      '[l](nope:x)',
      '[l]',
      '](x)',
      '*',
      '_',
      '`',
      '<b>',
      '>',
      '!',
      '~~',
      '#',
      '|',
      '\\',
      '&amp;',
      '@',
      ':',
      'www.e.org',
      'https://e.org',
      '\n',
      '\n\n',
      '\t',
      '1. ',
      '- ',
      '  ',
      'é',
      '\u00a0',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 16807) % 2147483647) % pieces.length;
    let plain = 0;
    for (let n = 0; n < 3000; n++) {
      const note = Array.from({ length: 1 + (n % 9) }, () => pieces[next()]).join('');
      if (plainNote(note)) plain++;
      expect(parseNoteText(note), JSON.stringify(note)).toEqual(parseNoteMarkdown(note));
    }
    // Both readings are exercised.
    expect(plain).toBeGreaterThan(100);
    expect(plain).toBeLessThan(2900);
  });
});
