// `npm run new` on a synthetic article (test/fixtures/new/), written into a
// copy of content/: every known name becomes a <Mention>, and the result
// passes `npm run check` as written.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle, readByline, readDate, slugFor, trimReason } from '../../src/lib/maintainers/new-document/article.ts';
import { markParagraph, spellings } from '../../src/lib/maintainers/new-document/mentions.ts';
import { composeDocument, describeNewDocument } from '../../src/lib/maintainers/new-document/compose.ts';
import { claimFigures, unknownNames } from '../../src/lib/maintainers/new-document/unplaced.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const repo = join(import.meta.dirname, '..', '..');
const article = join(repo, 'test', 'fixtures', 'new', 'synthetic-article.txt');
const run = (script: string, cwd: string, args: string[]) =>
  spawnSync(process.execPath, [join(repo, 'scripts', script), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

describe('npm run new', () => {
  it('writes a document whose every known name is a <Mention>, which passes npm run check once its summary is written', () => {
    const dir = tempDir('reader-new-');
    cpSync(join(repo, 'content'), join(dir, 'content'), { recursive: true });
    const result = run('new.ts', dir, [article]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const slug = 'sample-report-december-briefing';
    expect(result.stdout).toContain(`wrote content/sources/${slug}.txt and content/documents/${slug}.mdx`);
    const mdx = readFileSync(join(dir, 'content', 'documents', `${slug}.mdx`), 'utf8');
    const expected: [spelling: string, entity: string][] = [
      ['Moscow', 'moscow'],
      ['Lieutenant-General Sergey Rudskoy', 'sergey-rudskoy'], // the longest spelling the entity lists
      ['Russian Defence Ministry', 'russian-defence-ministry'],
      ['Zakho', 'zakho'],
      ['RT', 'rt'],
      ['Sputnik', 'sputnik'],
      ['President Erdogan', 'recep-tayyip-erdogan'],
      ['Turkey', 'turkey'],
      ['Daesh', 'isis'],
      ['Pentagon', 'pentagon'],
      ['Syria', 'syria'],
      ['Iraq', 'iraq'],
    ];
    expect(expected.filter(([spelling, entity]) => !mdx.includes(`<Mention entity="${entity}">${spelling}</Mention>`))).toEqual([]);
    expect(mdx).toContain('title: "Sample report on the December briefing"');
    expect(mdx).toContain('author: "Jane Sample"');
    expect(mdx).toContain('published: "2015-12-03"');
    expect(mdx).toContain('\\{disputed\\} \\<at the time\\>');
    expect(mdx).not.toContain('Share this article\n');
    expect(mdx).toContain('  - text: "Share this article"\n    reason: "Share widget."');
    expect(mdx).toContain('  - text: "Become a member to support independent journalism."\n    reason: "Membership appeal."');

    // What it could not place: a name with no entity, and a figure a claim tracks.
    expect(result.stdout).toContain('"Anadolu Agency" → content/entities/anadolu-agency.md');
    expect(result.stdout).toContain('paragraph 2: 11775 — claim tanker-count-at-zakho ("11,775 tankers and trucks")');

    // The check asks for the one thing left to write: the summary.
    const first = run('check.ts', dir, [dir]);
    expect(first.status).toBe(1);
    expect(first.stderr.split('\n').filter((l) => l.includes('  error  '))).toEqual([
      `content/documents/${slug}.mdx:${mdx.split('\n').indexOf('summary: unknown') + 1}:10  error  frontmatter: "summary" is still "unknown", as npm run new left it: write one neutral sentence saying what the document reports  (frontmatter)`,
    ]);
    const path = join(dir, 'content', 'documents', `${slug}.mdx`);
    writeFileSync(path, mdx.replace('summary: unknown', 'summary: A sample report of the December briefing.'));
    const check = run('check.ts', dir, [dir]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('✓ content is valid: 6 documents');

    const again = run('new.ts', dir, [article]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exist; nothing was written');
  }, 60_000);
});

describe('reading an article', () => {
  it.each([
    ['December 2, 2015', '2015-12-02'],
    ['2 Dec 2015', '2015-12-02'],
    ['Dec. 29, 2015', '2015-12-29'],
    ['posted 2015-12-03 at noon', '2015-12-03'],
    ['In May the ministry said', undefined],
  ])('reads the date in “%s”', (text, date) => {
    expect(readDate(text)).toBe(date);
  });

  it('reads a byline, and no byline in a sentence that starts with “By”', () => {
    expect(readByline('By Abisha Rabiyah | Oil Pro | December 29, 2015')).toBe('Abisha Rabiyah');
    expect(readByline('By Jane Doe')).toBe('Jane Doe');
    expect(readByline('Byron said so.')).toBeUndefined();
  });

  it('takes the first line as the headline and blank lines as paragraph breaks, or each line when there are none', () => {
    expect(readArticle('Headline\n\nOne\nline.\n\nTwo.')).toMatchObject({ headline: 'Headline', paragraphs: ['One line.', 'Two.'] });
    expect(readArticle('Headline\nOne.\nTwo.')).toMatchObject({ paragraphs: ['One.', 'Two.'] });
  });

  it('names the file after the headline’s first words', () => {
    expect(slugFor('Russia Presents Proof of Turkey’s Role in ISIS Oil Trade')).toBe('russia-presents-proof-turkeys-role-isis');
  });

  it('knows page furniture from the article', () => {
    expect(trimReason('Share this article!')).toBe('Share widget.');
    expect(trimReason('Share prices fell in Istanbul after the announcement, which traders blamed on the sanctions.')).toBeUndefined();
  });
});

describe('marking names', () => {
  const { known, ambiguous, common } = spellings([
    { id: 'recep-tayyip-erdogan', name: 'Recep Tayyip Erdoğan', aliases: ['Erdogan', 'Recep Tayyip Erdogan'] },
    { id: 'rt', name: 'RT', aliases: [] },
    { id: 'moscow', name: 'Moscow', aliases: [] },
    { id: 'russian-government', name: 'Russian government', aliases: ['Moscow'] },
    { id: 'russian-defence-ministry', name: 'Russian Defence Ministry', aliases: ['the ministry', 'mod_russia'] },
    { id: 'moscow-briefing', name: 'Moscow briefing of 2 December 2015', aliases: ['briefing', 'major briefing'] },
    { id: 'global-research', name: 'Global Research', aliases: ['globalresearch.ca'] },
  ]);

  it('takes the longest name, whole words only, the first time in a paragraph', () => {
    expect(markParagraph('Recep Tayyip Erdogan met RT. Erdogan left; a part of RT’s crew stayed.', known).mdx).toBe(
      '<Mention entity="recep-tayyip-erdogan">Recep Tayyip Erdogan</Mention> met <Mention entity="rt">RT</Mention>. Erdogan left; a part of RT’s crew stayed.',
    );
  });

  it('prefers an occurrence after white space to one right after a quotation mark or bracket', () => {
    expect(markParagraph('"Erdogan spoke," RT said of Erdogan (RT).', known).mdx).toBe(
      '"Erdogan spoke," <Mention entity="rt">RT</Mention> said of <Mention entity="recep-tayyip-erdogan">Erdogan</Mention> (RT).',
    );
    expect(markParagraph('"Erdogan," he said.', known).mdx).toBe('"<Mention entity="recep-tayyip-erdogan">Erdogan</Mention>," he said.');
  });

  it('leaves a spelling two entities share to the maintainer', () => {
    expect(ambiguous).toEqual(new Map([['Moscow', ['moscow', 'russian-government']]]));
    expect(markParagraph('In Moscow.', known).mdx).toBe('In Moscow.');
  });

  it('leaves an alias in common words to the maintainer, which names another ministry or briefing in another article', () => {
    expect(common).toEqual(
      new Map([
        ['the ministry', 'russian-defence-ministry'],
        ['briefing', 'moscow-briefing'],
        ['major briefing', 'moscow-briefing'],
      ]),
    );
    expect(markParagraph('Turkey said the ministry would answer at a briefing, @mod_russia wrote on globalresearch.ca.', known).mdx).toBe(
      'Turkey said the ministry would answer at a briefing, @<Mention entity="russian-defence-ministry">mod_russia</Mention> wrote on <Mention entity="global-research">globalresearch.ca</Mention>.',
    );
  });

  it('lists the common-word aliases an article uses, with the entity each names elsewhere, for the maintainer to mark', () => {
    const entities = [
      { id: 'russian-defence-ministry', name: 'Russian Defence Ministry', aliases: ['the ministry'] },
      { id: 'moscow-briefing', name: 'Moscow briefing of 2 December 2015', aliases: ['briefing'] },
    ];
    const d = composeDocument('Headline\n\nTurkey said the ministry had no evidence.', entities, []);
    expect(d.mentions).toEqual([]);
    expect(d.common).toEqual(new Map([['the ministry', 'russian-defence-ministry']]));
    expect(describeNewDocument(d)).toContain('  "the ministry": russian-defence-ministry');
  });
});

describe('what is left to place by hand', () => {
  it('lists capitalised names no entity has, without sentence openers or month names, and notes a spelling that differs only in case', () => {
    expect(
      unknownNames(
        ['WASHINGTON — The Pentagon said on Dec. 4 that Iraqi Oil Report was wrong.', 'By Sample Writer Dec. 4, 2015'],
        ['Pentagon', 'Washington'],
      ),
    ).toEqual([
      { name: 'Iraqi Oil Report', count: 1, id: 'iraqi-oil-report' },
      { name: 'Sample Writer', count: 1, id: 'sample-writer' },
      { name: 'WASHINGTON', count: 1, id: 'washington', resembles: 'Washington' },
    ]);
  });

  it('matches a figure with its scale word, or a number of two digits or more, never a year or a lone digit', () => {
    const claims = [
      { id: 'income', figures: ['about $3 million per day'] },
      { id: 'tankers', figures: ['11,775 tankers and trucks'] },
    ];
    expect(claimFigures(['It earned $3 million a day in 2015.', 'There were 11,775 trucks.', 'Only 3 trucks.'], claims)).toEqual([
      { figure: '3 million', paragraph: 1, claim: 'income', claimFigure: 'about $3 million per day' },
      { figure: '11775', paragraph: 2, claim: 'tankers', claimFigure: '11,775 tankers and trucks' },
    ]);
  });

  it('does not offer the byline’s author as a new entity, but does offer other unknown names', () => {
    const d = composeDocument('Headline\n\nBy Jane Example\n\nJane Example reported that Nadia Sample denied it.', [], []);
    expect(d.article.author).toBe('Jane Example');
    expect(d.unknownNames.map((c) => c.name)).toEqual(['Nadia Sample']);
  });

  it('reads a byline and a date written on two lines of one block', () => {
    expect(readArticle('Headline\n\nBy Sample Writer\nDec. 4, 2015\n\nText.')).toMatchObject({
      author: 'Sample Writer',
      published: '2015-12-04',
    });
  });
});
