import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic } from '../../src/lib/analyser/index.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

/** The diagnostics for the valid fixture document after `edit` changes its text. */
function check(edit: (text: string) => string): string[] {
  const files = fixtureContent(['valid']);
  files.documents[0]!.text = edit(files.documents[0]!.text);
  return analyseContent(files).diagnostics.map(formatDiagnostic);
}

const at = (lineCol: string) => `content/documents/valid.mdx:${lineCol}`;
/** `line:column` of the first `needle` on line 12 of the valid fixture, after an edit. */
const col12 = (edited: string, needle: string) => `12:${edited.split('\n')[11]!.indexOf(needle) + 1}`;
const sentence = 'Lieutenant-General <Mention entity="sergey-rudskoy">Sergey Rudskoy</Mention>';

describe('the check reads MDX as the renderer does', () => {
  it('rejects a javascript: URL behind a reference label longer than 999 characters', () => {
    const label = 'x'.repeat(1200);
    const result = check(
      (t) => t.replace(sentence, `Lieutenant-General [Sergey Rudskoy][${label}]`) + `\n[${label}]: javascript:alert(1)\n`,
    );
    expect(result).toContain(`${at('16:1')}  error  javascript: URLs are not allowed  (no-javascript-url)`);
  });

  it('reads an opening tag that spans lines as the renderer does, and places its attributes on their own lines', () => {
    const result = check((t) => t.replace('<Mention entity="sergey-rudskoy">', '<Mention\n  entity="sergey-rudskoy" rol="x">'));
    expect(result).toEqual([`${at('13:27')}  error  <Mention> has no attribute "rol"; did you mean "doc"?  (unknown-attribute)`]);
  });

  it('rejects an opening tag over three lines, which the renderer cannot read, at its line and column', () => {
    const result = check((t) => t.replace('<Mention entity="sergey-rudskoy">', '<Mention\nentity="sergey-rudskoy"\n>'));
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^content\/documents\/valid\.mdx:12:\d+ {2}error {2}malformed MDX: .+ {2}\(mdx-syntax\)$/);
  });

  it('reports an attribute written twice, at the second one', () => {
    let edited = '';
    const result = check((t) => (edited = t.replace('<Mention entity="sergey-rudskoy">', '<Mention entity="sergey-rudskoy" entity="rt">')));
    expect(result).toEqual([
      `${at(col12(edited, 'entity="rt"'))}  error  attribute "entity" is written twice; keep one  (duplicate-attribute)`,
    ]);
  });

  it('places each attribute at its own column', () => {
    let edited = '';
    const result = check(
      (t) =>
        (edited = t.replace(
          '<Note kind="context" note="See [RT](entity:rt).">',
          '<Note kind="context"  bogus="1" note="See [RT](entity:rt).">',
        )),
    );
    expect(result).toEqual([`${at(col12(edited, 'bogus'))}  error  <Note> has no attribute "bogus"  (unknown-attribute)`]);
  });

  it('rejects a Mention inside a Markdown link, which would nest one link in another', () => {
    let edited = '';
    const result = check((t) => (edited = t.replace(sentence, `[Lieutenant-General ${sentence.slice(19)}](https://example.org)`)));
    expect(result).toEqual([
      `${at(col12(edited, '<Mention'))}  error  <Mention> is a link and may not sit inside a Markdown link; take one of them out  (nested-link)`,
    ]);
  });

  it('rejects a link inside a Mention', () => {
    let edited = '';
    const result = check((t) => (edited = t.replace('>Sergey Rudskoy</Mention>', '>[Sergey Rudskoy](https://example.org)</Mention>')));
    expect(result).toEqual([
      `${at(col12(edited, '<Mention'))}  error  <Mention> links to its entity already; it may not contain a link  (nested-link)`,
    ]);
  });
});

describe('the check reads frontmatter as the collections do', () => {
  it('rejects an unquoted date where text is expected, which the collections read as a date', () => {
    const result = check((t) => t.replace('publisher: rt\n', 'publisher: rt\nauthor: 2015-12-02\n'));
    expect(result).toEqual([
      `${at('4:9')}  error  frontmatter: "author" reads as a date, not text: YAML turns an unquoted 2015-12-02 into a date; put the value in quotes  (frontmatter)`,
    ]);
  });

  it('rejects a NUL byte in the frontmatter at its line and column', () => {
    const result = check((t) => t.replace('summary: A sample', 'summary: "A\u0000 sample'.replace('"', '')));
    expect(result).toEqual([`${at('6:11')}  error  broken YAML: null byte is not allowed in input  (yaml-syntax)`]);
  });

  it('accepts a file that starts with a byte order mark', () => {
    expect(check((t) => `\uFEFF${t}`)).toEqual([]);
  });

  it('accepts CRLF line endings', () => {
    expect(check((t) => t.replace(/\n/g, '\r\n'))).toEqual([]);
  });

  it('accepts lone CR line endings (old Mac files), in the document and in its archived copy', () => {
    expect(check((t) => t.replace(/\n/g, '\r'))).toEqual([]);
    expect(check((t) => `\uFEFF${t.replace(/\n/g, '\r')}`)).toEqual([]);
    const files = fixtureContent(['valid']);
    for (const f of [...files.documents, ...files.sources, ...files.entities]) f.text = f.text.replace(/\n/g, '\r');
    expect(analyseContent(files).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it('reports a problem in a file with lone CR line endings at the line and column an editor shows', () => {
    let edited = '';
    const faulty = (t: string) => (edited = t.replace('<Mention entity="sergey-rudskoy">', '<Mention entity="sergey-rudskoy" rol="x">'));
    const withLf = check(faulty);
    expect(withLf).toEqual([
      `${at(col12(edited, 'rol'))}  error  <Mention> has no attribute "rol"; did you mean "doc"?  (unknown-attribute)`,
    ]);
    expect(check((t) => faulty(t).replace(/\n/g, '\r'))).toEqual(withLf);
  });
});

describe('the comparison with the archived copy', () => {
  /** The valid fixture with its document and its archive edited. */
  const checkBoth = (editDocument: (t: string) => string, editArchive: (t: string) => string) => {
    const files = fixtureContent(['valid']);
    files.documents[0]!.text = editDocument(files.documents[0]!.text);
    files.sources[0]!.text = editArchive(files.sources[0]!.text);
    return analyseContent(files).diagnostics.map(formatDiagnostic);
  };

  it('reads decomposed (NFD) text as equal to the same text precomposed (NFC)', () => {
    const nfd = 'Erdoğan'.normalize('NFD');
    expect(nfd).not.toBe('Erdoğan');
    expect(
      checkBoth(
        (t) => t.replace('according to', `according to ${nfd} and`),
        (t) => t.replace('according to', 'according to Erdoğan and'),
      ),
    ).toEqual([]);
    expect(
      checkBoth(
        (t) => t.replace('according to', 'according to Erdoğan and'),
        (t) => t.replace('according to', `according to ${nfd} and`),
      ),
    ).toEqual([]);
  });

  it('trims whole paragraphs of the archive only, and says which entry and where when a trim is part of one', () => {
    const result = checkBoth(
      (t) =>
        t
          .replace('    reason: Share widget.\n', '    reason: Share widget.\n  - text: "not"\n    reason: Flipped.\n')
          .replace('was about', 'was not about'),
      (t) => t.replace('was about', 'was not about'),
    );
    expect(result).toEqual([
      'content/documents/valid.mdx:10:5  error  trimmed[1] "not" is part of a paragraph at content/sources/valid.txt:3:48, not a whole one; a trim removes whole paragraphs only  (trim-not-found)',
    ]);
  });
});
