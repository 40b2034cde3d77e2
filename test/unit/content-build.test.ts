// What the check reads is what Astro publishes, on a real build of a copy of
// this site: documents saved with lone CR line endings (old Mac files), a
// byte order mark or CRLF publish exactly the files their LF copies do;
// headings whose words slug like an annotation anchor or an id of the layout
// get ids of their own; a note's Markdown styles reach the page.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildSync } from '../helpers/astro-build.ts';
import { siteCopy, snapshot } from '../helpers/site-copy.ts';

function build(dir: string): void {
  const result = astroBuildSync(dir, [], process.env, 240_000);
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
}

/** Edits a file of the copy in place. */
function edit(dir: string, path: string, change: (text: string) => string): void {
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  expect(after, `${path} was not edited`).not.toBe(before);
  writeFileSync(file, after);
}

const withHeadings = 'oil-smuggling-trucks-photographed';
const withLoneCrs = 'russia-presents-proof-turkey-role';
const withCrLf = 'russians-can-prove-turkey-isis';
// The claim passage the headings go before, and the anchor the analyser gives it.
const claimTag = '<Claim claim="trucks-carry-oil-into-turkey"';
const claimAnchor = 'c-trucks-carry-oil-into-turkey-1';

describe('a build of content the check passes', () => {
  let dir: string;
  let withLf: Record<string, string>;
  let page: string;

  beforeAll(() => {
    dir = siteCopy('content-build');
    // Two headings: one whose words slug as the claim's anchor, one as the page's <main id="main">.
    const headings = `## ${claimAnchor.replace(/-/g, ' ')}\n\n## Main\n\n`;
    edit(dir, `content/documents/${withHeadings}.mdx`, (t) =>
      t
        .replace(`\n${claimTag}`, `\n${headings}${claimTag}`)
        .replace(
          "Rudskoy's words quoted below place the trucks",
          `[Rudskoy's words](document:${withHeadings}#h-main) *quoted below* place the trucks`,
        )
        .replace('they do not say the trucks', '[**they** do not](https://example.org/a_(b)) say the trucks'),
    );
    edit(dir, `content/sources/${withHeadings}.txt`, (t) =>
      t.replace('\nThousands of trucks laden', `\n${headings}Thousands of trucks laden`),
    );
    build(dir);
    withLf = snapshot(join(dir, 'dist'));
    page = readFileSync(join(dir, 'dist', 'documents', withHeadings, 'index.html'), 'utf8');
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives headings ids of their own, so a heading that slugs like an anchor or "main" leaves those ids to the page', () => {
    expect(
      page.includes(`<h2 id="h-${claimAnchor}">${claimAnchor.replace(/-/g, ' ')}</h2>`),
      `<h2 id="h-${claimAnchor}">${claimAnchor.replace(/-/g, ' ')}</h2>`,
    ).toBe(true);
    expect(page.includes('<h2 id="h-main">Main</h2>'), '<h2 id="h-main">Main</h2>').toBe(true);
    for (const id of [claimAnchor, 'main']) expect(page.match(new RegExp(`\\sid="${id}"`, 'g'))).toHaveLength(1);
  });

  it('links a note to a heading by its h- id', () => {
    expect(
      page.includes(`<a href="/documents/${withHeadings}/#h-main">Rudskoy&#39;s words</a> <em>quoted below</em>`),
      `<a href="/documents/${withHeadings}/#h-main">Rudskoy&#39;s words</a> <em>quoted below</em>`,
    ).toBe(true);
  });

  it("renders a note's Markdown: emphasis, and a link whose label is partly strong", () => {
    expect(page.includes('</a> <em>quoted below</em> place the trucks'), '</a> <em>quoted below</em> place the trucks').toBe(true);
    expect(
      page.includes(
        '<a href="https://example.org/a_(b)" rel="noopener noreferrer external"><strong>they</strong> do not</a> say the trucks',
      ),
      '<a href="https://example.org/a_(b)" rel="noopener noreferrer external"><strong>they</strong> do not</a> say the trucks',
    ).toBe(true);
  });

  it('publishes exactly the same files when documents and their archived copies break lines with lone CRs (and start with a byte order mark) or CRLF', () => {
    for (const path of [`content/documents/${withLoneCrs}.mdx`, `content/sources/${withLoneCrs}.txt`])
      edit(dir, path, (t) => `\uFEFF${t.replace(/\r?\n/g, '\r')}`);
    for (const path of [`content/documents/${withCrLf}.mdx`, `content/sources/${withCrLf}.txt`])
      edit(dir, path, (t) => t.replace(/\r?\n/g, '\r\n'));
    build(dir);
    const withCr = snapshot(join(dir, 'dist'));
    expect(Object.keys(withCr).length).toBeGreaterThan(50);
    expect(withCr).toEqual(withLf);
  }, 300_000);
});
