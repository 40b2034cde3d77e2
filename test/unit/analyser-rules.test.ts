import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic } from '../../src/lib/analyser/index.ts';
import { documentFixtures, fixtureContent } from '../helpers/fixture-content.ts';

/** Every diagnostic for one document fixture, formatted as `npm run check` prints it. */
function check(name: string): string[] {
  const options = name === 'missing-source' ? { withoutSource: [name] } : {};
  return analyseContent(fixtureContent([name], options)).diagnostics.map(formatDiagnostic);
}

const at = (name: string, position: string) => `content/documents/${name}.mdx:${position}`;

// One fixture per rule (test/fixtures/content/documents/<name>.mdx), each a
// copy of valid.mdx with a single fault, and the exact report expected.
const cases: [fixture: string, expected: string[]][] = [
  ['unknown-entity', [`${at('unknown-entity', '12:201')}  error  unknown entity "rudskoy"; did you mean "sergey-rudskoy"?  (unknown-id)`]],
  [
    'unknown-claim',
    [`${at('unknown-claim', '12:66')}  error  unknown claim "isis-oil-incme"; did you mean "isis-oil-income"?  (unknown-id)`],
  ],
  ['wrong-kind', [`${at('wrong-kind', '12:33')}  error  "sergey-rudskoy" is a person, not an outlet  (wrong-kind)`]],
  ['import', [`${at('import', '12:1')}  error  import/export statements are not allowed: the site provides the components  (no-esm)`]],
  ['export', [`${at('export', '12:1')}  error  import/export statements are not allowed: the site provides the components  (no-esm)`]],
  ['expression', [`${at('expression', '12:255')}  error  {…} expressions are not allowed; escape a literal brace as \\{  (no-expression)`]],
  [
    'non-literal-attribute',
    [`${at('non-literal-attribute', '12:8')}  error  attribute "speaker" must be a quoted string, not an expression  (literal-attribute)`],
  ],
  [
    'spread-attribute',
    [
      `${at('spread-attribute', '12:225')}  error  spread attributes {…} are not allowed; write each attribute as a quoted string  (literal-attribute)`,
    ],
  ],
  [
    'unknown-component',
    [
      `${at('unknown-component', '12:256')}  error  unknown component <Footnote>; use <Mention>, <Quote>, <Claim>, <Note>  (unknown-component)`,
    ],
  ],
  ['html-tag', [`${at('html-tag', '12:256')}  error  HTML tag <b> is not allowed; use Markdown  (no-html)`]],
  ['script', [`${at('script', '12:1')}  error  <script> is not allowed in documents  (no-html)`]],
  ['iframe', [`${at('iframe', '12:1')}  error  <iframe> is not allowed in documents  (no-html)`]],
  [
    'style',
    [
      `${at('style', '12:1')}  error  <style> is not allowed in documents  (no-html)`,
      `${at('style', '12:8')}  error  {…} expressions are not allowed; escape a literal brace as \\{  (no-expression)`,
    ],
  ],
  ['event-handler', [`${at('event-handler', '12:225')}  error  event handler attribute "onClick" is not allowed  (no-event-handler)`]],
  ['javascript-url', [`${at('javascript-url', '12:269')}  error  javascript: URLs are not allowed  (no-javascript-url)`]],
  [
    'unclosed-tag',
    [
      `${at('unclosed-tag', '12:192')}  error  malformed MDX: Expected a closing tag for \`<Mention>\` (12:192) before the end of \`paragraph\`  (mdx-syntax)`,
    ],
  ],
  ['missing-field', [`${at('missing-field', '2:1')}  error  frontmatter: "summary" is required  (frontmatter)`]],
  ['mistyped-field', [`${at('mistyped-field', '4:12')}  error  frontmatter: "published" must be a date written YYYY-MM-DD  (frontmatter)`]],
  // `npm run new` writes summary: unknown for the maintainer to replace.
  [
    'placeholder-summary',
    [
      `${at('placeholder-summary', '6:10')}  error  frontmatter: "summary" is still "unknown", as npm run new left it: write one neutral sentence saying what the document reports  (frontmatter)`,
    ],
  ],
  ['broken-yaml', [`${at('broken-yaml', '2:35')}  error  broken YAML: Missing closing "quote  (yaml-syntax)`]],
  [
    'source-mismatch',
    [
      `${at('source-mismatch', '12:143')}  error  text differs from content/sources/source-mismatch.txt: the document reads "$4 million per day,\\" Lieutenant-General …" where the archive reads "$3 million per day,\\" Lieutenant-General …"  (source-mismatch)`,
    ],
  ],
  [
    'missing-source',
    [`${at('missing-source', '1:1')}  error  no archived copy: expected content/sources/missing-source.txt  (missing-source)`],
  ],
  [
    'trim-not-found',
    [
      `${at('trim-not-found', '8:5')}  error  trimmed[0] does not occur in content/sources/trim-not-found.txt: "Share this story!"  (trim-not-found)`,
    ],
  ],
  [
    'inline-only',
    [
      `${at('inline-only', '12:1')}  error  <Quote> must open and close inside one paragraph (a component on lines of its own is parsed as a block)  (inline-only)`,
    ],
  ],
  [
    'mention-content',
    [
      `${at('mention-content', '12:192')}  error  <Mention> may contain only text; put the <Mention> inside the other component  (mention-content)`,
    ],
  ],
  [
    'unknown-attribute',
    [`${at('unknown-attribute', '12:225')}  error  <Mention> has no attribute "entty"; did you mean "entity"?  (unknown-attribute)`],
  ],
  [
    'invalid-value',
    [
      `${at('invalid-value', '12:275')}  error  kind="opinion" must be one of "attribution", "dispute", "context", "correction"  (invalid-value)`,
    ],
  ],
  ['missing-attribute', [`${at('missing-attribute', '12:269')}  error  <Note> needs a kind="…" attribute  (missing-attribute)`]],
  ['duplicate-anchor', [`${at('duplicate-anchor', '12:307')}  error  anchor "rudskoy" is used twice in this document  (duplicate-anchor)`]],
  [
    'note-link',
    [
      `${at('note-link', '12:300')}  error  unknown link target "rt": use entity:<id>, claim:<id>, document:<slug>#<anchor> or an https:// URL  (note-link)`,
    ],
  ],
  ['empty-span', [`${at('empty-span', '12:206')}  error  <Mention> must wrap the words it annotates  (empty-span)`]],
  ['reserved-attribute', [`${at('reserved-attribute', '12:225')}  error  "doc" is set by the build; remove it  (reserved-attribute)`]],
  ['Invalid_Name', [`${at('Invalid_Name', '1:1')}  error  file name "Invalid_Name" must be a kebab-case id  (invalid-id)`]],
  // Typographic quotes around an attribute value, named as such at the quote itself.
  [
    'typographic-quote',
    [
      `${at('typographic-quote', '12:208')}  error  the value of entity opens with the typographic quote “ (U+201C); attribute values take straight quotes: entity="sergey-rudskoy"  (typographic-quote)`,
    ],
  ],
  [
    'typographic-quote-closing',
    [
      `${at('typographic-quote-closing', '12:223')}  error  the value of entity closes with the typographic quote ” (U+201D); attribute values take straight quotes: entity="sergey-rudskoy"  (typographic-quote)`,
    ],
  ],
  [
    'title-mismatch',
    [
      `${at('title-mismatch', '2:1')}  error  title differs from the headline of content/sources/title-mismatch.txt: the title reads "…falls after the strikes" where the headline reads "…falls after strikes \\"The income of this terrorist or…"  (source-mismatch)`,
    ],
  ],
  // A missing field, an unknown id and a changed word: all three in one run.
  [
    'all-at-once',
    [
      `${at('all-at-once', '2:1')}  error  frontmatter: "summary" is required  (frontmatter)`,
      `${at('all-at-once', '11:143')}  error  text differs from content/sources/all-at-once.txt: the document reads "$4 million per day,\\" Lieutenant-General …" where the archive reads "$3 million per day,\\" Lieutenant-General …"  (source-mismatch)`,
      `${at('all-at-once', '11:201')}  error  unknown entity "rudskoy"; did you mean "sergey-rudskoy"?  (unknown-id)`,
    ],
  ],
  // The editorial rules (src/lib/analyser/rules/), run once every file has been read.
  [
    'speaker-kind',
    [
      `${at('speaker-kind', '12:8')}  error  speaker="moscow" is a place within russia; a speaker is a person or an organization (a country stands for its government): name who spoke  (speaker-kind)`,
    ],
  ],
  [
    'unattributed-speaker',
    [
      `${at('unattributed-speaker', '12:8')}  error  <Quote> names speaker="sergey-rudskoy" but is marked mode="unattributed"; drop the speaker, or use mode="direct" or "paraphrase"  (unattributed-speaker)`,
    ],
  ],
  [
    'relay-missing',
    [
      `${at('relay-missing', '14:1')}  error  the sentence names Sputnik, which is not in this quote's chain: add "sputnik" to via="…" (first reporter first)  (relay-missing)`,
    ],
  ],
  [
    'relay-unnamed',
    [
      `${at('relay-unnamed', '12:33')}  error  via names "sputnik", which this document neither mentions nor is published by: wrap its name in <Mention entity="sputnik">, or correct via="…"  (relay-unnamed)`,
      'content/entities/sputnik.md:2:1  error  no document mentions sputnik: wrap a name of it in <Mention entity="sputnik">, or delete the file  (entity-not-mentioned)',
    ],
  ],
  [
    'mention-spelling',
    [
      `${at('mention-spelling', '12:182')}  error  "Lieutenant-General Sergey Rudskoy" is not a name of sergey-rudskoy: add it to aliases in content/entities/sergey-rudskoy.md, or wrap only the name  (mention-spelling)`,
    ],
  ],
  [
    'search-phrase',
    [
      `${at('search-phrase', '14:239')}  error  the search index reads a space between "(" and this <Mention>, so the enclosing <Note> could not be found as a phrase: remove this <Mention> (mention the entity elsewhere) or end the <Note> before it  (search-phrase)`,
    ],
  ],
  [
    'note-length',
    [
      `${at('note-length', '12:290')}  error  note has 9 words in 3 sentences; keep it to 2 sentences of at most 40 words in all (the margin is narrow)  (note-length)`,
    ],
  ],
  [
    'verdict-word',
    [
      `${at('verdict-word', '12:290')}  error  "baseless" passes a verdict in a note; say who said or denied what ("said", "claimed", "denied")  (verdict-word)`,
    ],
  ],
  [
    'nested-note',
    [
      `${at('nested-note', '12:155')}  error  <Note> sits inside the <Quote> at 12:1; only a <Mention> may sit inside another span: end the outer span first  (nested-note)`,
    ],
  ],
  [
    'entity-not-mentioned',
    [
      'content/entities/russia.md:2:1  error  no document mentions russia: wrap a name of it in <Mention entity="russia">, or delete the file  (entity-not-mentioned)',
    ],
  ],
  [
    'claim-not-asserted',
    [
      'content/claims/isis-oil-income.md:2:1  error  no passage asserts isis-oil-income: mark one with claim="isis-oil-income" (stance "asserts" is the default), or delete the file  (claim-not-asserted)',
    ],
  ],
  [
    'note-link-anchor',
    [
      `${at('note-link-anchor', '12:290')}  error  document:note-link-anchor#nowhere: no passage "nowhere" in note-link-anchor; link an anchor that exists (set anchor="…" on the passage)  (note-link)`,
    ],
  ],
];

describe('content analyser rules', () => {
  it('accepts the valid fixture without a single diagnostic', () => {
    expect(check('valid')).toEqual([]);
  });

  it.each(cases)('reports the %s fixture at its line and column', (name, expected) => {
    expect(check(name)).toEqual(expected);
  });

  it('has a failing fixture for every document fixture on disk and no fixture without a case', () => {
    const covered = new Set(['valid', ...cases.map(([name]) => name)]);
    expect(documentFixtures.filter((name) => !covered.has(name))).toEqual([]);
    expect([...covered].filter((name) => !documentFixtures.includes(name))).toEqual([]);
  });

  it('reports the faults of several files in one run, each at its own place', () => {
    const { diagnostics, corpus } = analyseContent(fixtureContent(['unknown-entity', 'valid', 'broken-yaml', 'script']));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)).toEqual([
      'content/documents/broken-yaml.mdx:2:35 yaml-syntax',
      'content/documents/script.mdx:12:1 no-html',
      'content/documents/unknown-entity.mdx:12:201 unknown-id',
    ]);
    // Only the valid document reaches the corpus.
    expect(corpus.documents.map((d) => d.slug)).toEqual(['valid']);
  });

  it('says which checks a syntax error stopped, and that the corpus rules wait for every document', () => {
    expect(analyseContent(fixtureContent(['unclosed-tag', 'valid'])).skipped).toEqual([
      'content/documents/unclosed-tag.mdx: not checked: its components, ids and editorial rules and the comparison with its archived copy (after mdx-syntax)',
      'corpus rules (entity-not-mentioned, claim-not-asserted, orphan-source, note-link anchors) not checked until every document passes',
    ]);
    expect(analyseContent(fixtureContent(['valid'])).skipped).toEqual([]);
  });

  it('reports an archived copy that no document reproduces (orphan-source)', () => {
    const files = fixtureContent(['valid']);
    files.sources.push({ file: 'content/sources/stray.txt', text: 'A stray copy\n\nIts text.\n' });
    expect(analyseContent(files).diagnostics.map(formatDiagnostic)).toEqual([
      'content/sources/stray.txt:1:1  error  no document content/documents/stray.mdx for this archived copy: add the document (npm run new) or delete the copy  (orphan-source)',
    ]);
  });

  it('accepts a country as a speaker, standing for its government', () => {
    const files = fixtureContent(['speaker-kind']);
    files.documents[0]!.text = files.documents[0]!.text.replace('speaker="moscow"', 'speaker="russia"');
    expect(analyseContent(files).diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});
