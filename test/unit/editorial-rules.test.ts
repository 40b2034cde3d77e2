import { describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic } from '../../src/lib/analyser/index.ts';
import { figuresIn } from '../../src/lib/analyser/rules/figures.ts';
import { editorialContent, editorialFixtures } from '../helpers/editorial-fixture.ts';

const check = (rule: string) => analyseContent(editorialContent(rule)).diagnostics.map(formatDiagnostic);

// One fixture per editorial rule (test/fixtures/editorial/<rule>/: a document,
// its archived copy, and any entity or claim that differs from the shared
// base), each with a single fault, and the exact report expected.
const cases: [rule: string, expected: string[]][] = [
  [
    'figures-note',
    [
      'content/documents/figures-note.mdx:9:1  error  <Quote> states “hundreds”, “thousands”, not among the figures of claim "isis-oil-income" (“$3 million per day”); add a note saying how the figures differ  (figures-note)',
    ],
  ],
  [
    'account-relay',
    [
      'content/documents/account-relay.mdx:9:1  error  words posted by @mod_russia are Russian Defence Ministry\'s: set speaker="russian-defence-ministry" and name the relay ("sergey-rudskoy") in the note  (account-relay)',
    ],
  ],
  [
    'claimant-speaker',
    [
      'content/claims/isis-oil-income.md:4:11  error  claimant "rt" is not among, nor affiliated with, the speakers of the passages asserting it ("sergey-rudskoy"); change the claimant, or say why in the claim\'s note field  (claimant-speaker)',
    ],
  ],
  [
    'alias-in-documents',
    [
      'content/entities/sergey-rudskoy.md:6:5  error  alias "Rudskoi" occurs in no document; remove it, or move it to outsideSpellings if it is a spelling used elsewhere  (alias-in-documents)',
    ],
  ],
];

describe('editorial rules', () => {
  it.each(cases)('reports the %s fixture at its line and column', (rule, expected) => {
    expect(check(rule)).toEqual(expected);
  });

  it('accepts each fixture once the fault is fixed as the message says', () => {
    const fixed = (rule: string, folder: 'documents' | 'entities' | 'claims', from: string | RegExp, to: string) => {
      const content = editorialContent(rule);
      content[folder] = content[folder].map((f) => ({ ...f, text: f.text.replace(from, to) }));
      return analyseContent(content).diagnostics.map(formatDiagnostic);
    };
    expect(
      fixed(
        'figures-note',
        'documents',
        'claim="isis-oil-income"',
        'claim="isis-oil-income" note="Rudskoy gave $3 million per day; this says hundreds of thousands of dollars."',
      ),
    ).toEqual([]);
    expect(
      fixed(
        'account-relay',
        'documents',
        'speaker="sergey-rudskoy" via="rt" mode="direct"',
        'speaker="russian-defence-ministry" via="rt" mode="direct" note="Relayed by [Rudskoy](entity:sergey-rudskoy)."',
      ),
    ).toEqual([]);
    expect(fixed('claimant-speaker', 'claims', 'claimant: rt', 'claimant: rt\nnote: RT first reported the figure.')).toEqual([]);
    expect(fixed('alias-in-documents', 'entities', '  - Rudskoi\n', '')).toEqual([]);
  });

  it('asks why a claim stated only without a speaker has its claimant, and leaves a claim no passage asserts alone', () => {
    const content = editorialContent('claimant-speaker');
    const unnamed = content.documents.map((f) => ({
      ...f,
      text: f.text.replace('speaker="sergey-rudskoy" via="rt" event="moscow-briefing" mode="paraphrase"', 'mode="unattributed"'),
    }));
    expect(analyseContent({ ...content, documents: unnamed }).diagnostics.map((d) => d.message)).toEqual([
      'claimant "rt" is not among, nor affiliated with, any speaker, for no passage asserting it names one; change the claimant, or say why in the claim\'s note field',
    ]);
    const unclaimed = content.documents.map((f) => ({ ...f, text: f.text.replace(' claim="isis-oil-income"', '') }));
    // The claimant rule leaves it alone; only claim-not-asserted asks for a passage.
    expect(analyseContent({ ...content, documents: unclaimed }).diagnostics.map((d) => d.rule)).toEqual(['claim-not-asserted']);
  });

  it('still asks for the relay when the speaker is the account’s owner', () => {
    const content = editorialContent('account-relay');
    content.documents = content.documents.map((f) => ({
      ...f,
      text: f.text.replace('speaker="sergey-rudskoy"', 'speaker="russian-defence-ministry"'),
    }));
    expect(analyseContent(content).diagnostics.map((d) => d.message)).toEqual([
      'words posted by @mod_russia and relayed by someone else need a note that links the relay (entity:<id>)',
    ]);
  });

  it.each([
    ['in the hundreds', ['hundred']],
    ['thousands of oil trucks', ['thousand']],
    ['11,775 tankers and trucks; 4,530 of them', ['11775', '4530']],
    ['about $1.5 million a day', ['1.5', 'million']],
    ['the loss of half of all oil', ['half']],
    ['since September 30, after two months of strikes, in 2015', []],
    ['no one said so', []],
  ])('reads the figures of “%s”', (text, figures) => {
    expect(figuresIn(text)).toEqual(figures);
  });

  it('has a fixture for every case and a case for every fixture', () => {
    expect(cases.map(([rule]) => rule).sort()).toEqual(editorialFixtures);
  });
});
