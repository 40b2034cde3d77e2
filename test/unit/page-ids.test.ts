import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic } from '../../src/lib/analyser/index.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

/** The valid fixture with its document and its archive edited alike. */
function check(editDocument: (t: string) => string, editArchive: (t: string) => string = (t) => t): string[] {
  const files = fixtureContent(['valid']);
  files.documents[0]!.text = editDocument(files.documents[0]!.text);
  files.sources[0]!.text = editArchive(files.sources[0]!.text);
  return analyseContent(files).diagnostics.map(formatDiagnostic);
}

const pin = (anchor: string) => check((t) => t.replace('<Mention entity="sergey-rudskoy">', `<Mention entity="sergey-rudskoy" anchor="${anchor}">`));

describe('ids on a document page are unique', () => {
  it.each(['main', 'note-q-sergey-rudskoy-1', 'q-sergey-rudskoy-1', 'm-pinned', 'source-card-title'])('refuses the pinned anchor "%s", an id the site uses itself', (anchor) => {
    const result = pin(anchor);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^content\/documents\/valid\.mdx:12:\d+ {2}error {2}anchor ".+" (starts with ".+", which the site keeps for ids of its own|is an id the page uses already); choose another {2}\(reserved-anchor\)$/);
  });

  it('accepts a pinned anchor of its own', () => {
    expect(pin('rudskoy-name')).toEqual([]);
  });

  it('refuses a heading whose id would be an annotation anchor on the page', () => {
    const heading = (t: string) => t.replace('\n<Quote', '\n# Q Sergey Rudskoy 1\n\n<Quote');
    expect(check(heading, (t) => t.replace('\n"The income', '\nQ Sergey Rudskoy 1\n\n"The income'))).toEqual([
      'content/documents/valid.mdx:12:1  error  this heading gets the id "q-sergey-rudskoy-1", which an annotation on the page has; reword the heading or pin the annotation\'s anchor  (duplicate-anchor)',
    ]);
  });

  it('refuses a heading whose id the site keeps', () => {
    expect(check((t) => t.replace('\n<Quote', '\n# Main\n\n<Quote'), (t) => t.replace('\n"The income', '\nMain\n\n"The income'))).toEqual([
      'content/documents/valid.mdx:12:1  error  this heading gets the id "main", which the site keeps for ids of its own; reword the heading  (duplicate-anchor)',
    ]);
  });
});

describe('links from notes to passages', () => {
  const note = (target: string) => check((t) => t.replace('note="See [RT](entity:rt)."', `note="See [the quote](${target})."`));

  it('accept an anchor the document has', () => {
    expect(note('document:valid#q-sergey-rudskoy-1')).toEqual([]);
  });

  it('refuse an anchor the document does not have, with a suggestion', () => {
    const result = note('document:valid#q-sergey-rudskoy-2');
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(
      /^content\/documents\/valid\.mdx:12:\d+ {2}error {2}document:valid#q-sergey-rudskoy-2: no passage "q-sergey-rudskoy-2" in valid; did you mean "q-sergey-rudskoy-1"\?; link an anchor that exists \(set anchor="…" on the passage\) {2}\(note-link\)$/,
    );
  });
});
