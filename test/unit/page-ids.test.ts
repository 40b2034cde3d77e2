import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic } from '../../src/lib/analyser/index.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';
import { headingIdMaker } from '../../src/lib/text/heading-ids.ts';

/** The valid fixture with its document and its archive edited alike. */
function check(editDocument: (t: string) => string, editArchive: (t: string) => string = (t) => t): string[] {
  const files = fixtureContent(['valid']);
  files.documents[0]!.text = editDocument(files.documents[0]!.text);
  files.sources[0]!.text = editArchive(files.sources[0]!.text);
  return analyseContent(files).diagnostics.map(formatDiagnostic);
}

const pin = (anchor: string) =>
  check((t) => t.replace('<Mention entity="sergey-rudskoy">', `<Mention entity="sergey-rudskoy" anchor="${anchor}">`));

describe('ids on a document page are unique', () => {
  it.each(['main', 'note-q-sergey-rudskoy-1', 'q-sergey-rudskoy-1', 'm-pinned', 'source-card-title'])(
    'refuses the pinned anchor "%s", an id the site uses itself',
    (anchor) => {
      const result = pin(anchor);
      expect(result).toHaveLength(1);
      expect(result[0]).toMatch(
        /^content\/documents\/valid\.mdx:12:\d+ {2}error {2}anchor ".+" (starts with ".+", which the site keeps for ids of its own|is an id the page uses already); choose another {2}\(reserved-anchor\)$/,
      );
    },
  );

  it('accepts a pinned anchor of its own', () => {
    expect(pin('rudskoy-name')).toEqual([]);
  });

  it('accepts headings whose words slug like an annotation anchor or an id the site keeps: heading ids have a prefix of their own', () => {
    const headings = (t: string) => t.replace('\n<Quote', '\n# Q Sergey Rudskoy 1\n\n## Main\n\n<Quote');
    expect(check(headings, (t) => t.replace('\n"The income', '\nQ Sergey Rudskoy 1\n\nMain\n\n"The income'))).toEqual([]);
  });
});

describe('heading ids', () => {
  it('are the slugs of their words after "h-", repeats numbered, in document order', () => {
    const next = headingIdMaker();
    expect(['Main', 'Q Sergey Rudskoy 1', 'Main', 'Erdoğan’s “pledge”'].map(next)).toEqual([
      'h-main',
      'h-q-sergey-rudskoy-1',
      'h-main-1',
      'h-erdoğans-pledge',
    ]);
  });

  it('keep their prefix to themselves: a pinned anchor may not start with it', () => {
    expect(pin('h-main')).toEqual([
      expect.stringMatching(
        /^content\/documents\/valid\.mdx:12:\d+ {2}error {2}anchor "h-main" starts with "h-", which the site keeps for ids of its own; choose another {2}\(reserved-anchor\)$/,
      ),
    ]);
  });
});

describe('links from notes to passages', () => {
  const note = (target: string) => check((t) => t.replace('note="See [RT](entity:rt)."', `note="See [the quote](${target})."`));

  it('accept an anchor the document has', () => {
    expect(note('document:valid#q-sergey-rudskoy-1')).toEqual([]);
  });

  it('accept a heading the document has, by its h- id', () => {
    const withHeading = (edit: (t: string) => string) =>
      check(
        (t) => edit(t).replace('\n<Quote', '\n## The briefing\n\n<Quote'),
        (t) => t.replace('\n"The income', '\nThe briefing\n\n"The income'),
      );
    const link = (target: string) => (t: string) => t.replace('note="See [RT](entity:rt)."', `note="See [the briefing](${target})."`);
    expect(withHeading(link('document:valid#h-the-briefing'))).toEqual([]);
    expect(withHeading(link('document:valid#the-briefing'))).toEqual([expect.stringContaining('no passage "the-briefing" in valid')]);
  });

  it('refuse an anchor the document does not have, with a suggestion', () => {
    const result = note('document:valid#q-sergey-rudskoy-2');
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(
      /^content\/documents\/valid\.mdx:12:\d+ {2}error {2}document:valid#q-sergey-rudskoy-2: no passage "q-sergey-rudskoy-2" in valid; did you mean "q-sergey-rudskoy-1"\?; link an anchor that exists \(set anchor="…" on the passage\) {2}\(note-link\)$/,
    );
  });
});
