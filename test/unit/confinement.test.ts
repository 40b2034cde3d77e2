import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseContent, formatDiagnostic, readContent } from '../../src/lib/analyser/index.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'content');
const symlinkMessage =
  'symbolic links are not allowed in content/: copy the file here instead (a link could publish a file from outside the project)  (no-symlink)';

/** A project folder holding the valid fixture's content. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-confined-'));
  for (const folder of ['entities', 'claims']) cpSync(join(fixtures, 'base', folder), join(dir, 'content', folder), { recursive: true });
  mkdirSync(join(dir, 'content', 'documents'));
  mkdirSync(join(dir, 'content', 'sources'));
  cpSync(join(fixtures, 'documents', 'valid.mdx'), join(dir, 'content', 'documents', 'valid.mdx'));
  writeFileSync(join(dir, 'content', 'sources', 'valid.txt'), readFileSync(join(fixtures, 'base', 'source.txt')));
  return dir;
}

/** The valid fixture document with `edit` applied, checked. */
function check(edit: (text: string) => string): string[] {
  const files = fixtureContent(['valid']);
  files.documents[0]!.text = edit(files.documents[0]!.text);
  return analyseContent(files).diagnostics.map(formatDiagnostic);
}

describe('content stays in content/', () => {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('refuses a document, a source or an entity that is a symbolic link, and prints none of what it points at', () => {
    const dir = project();
    made.push(dir);
    symlinkSync('/etc/passwd', join(dir, 'content', 'documents', 'passwd.mdx'));
    symlinkSync('/etc/hostname', join(dir, 'content', 'sources', 'passwd.txt'));
    symlinkSync(join(dir, 'content', 'entities', 'rt.md'), join(dir, 'content', 'entities', 'rt-copy.md'));
    const lines = analyseContent(readContent(dir)).diagnostics.map(formatDiagnostic);
    expect(lines).toEqual(
      expect.arrayContaining([
        `content/documents/passwd.mdx:1:1  error  ${symlinkMessage}`,
        `content/entities/rt-copy.md:1:1  error  ${symlinkMessage}`,
        `content/sources/passwd.txt:1:1  error  ${symlinkMessage}`,
      ]),
    );
    expect(lines.join('\n')).not.toContain('root:');
  });

  it('refuses a content folder that is a symbolic link', () => {
    const dir = project();
    made.push(dir);
    rmSync(join(dir, 'content', 'claims'), { recursive: true });
    symlinkSync(join(fixtures, 'base', 'claims'), join(dir, 'content', 'claims'));
    expect(analyseContent(readContent(dir)).diagnostics.map(formatDiagnostic)).toContain(`content/claims:1:1  error  ${symlinkMessage}`);
  });

  it('refuses an image, local or remote', () => {
    const message = 'images are not allowed in documents: the page reproduces the text; say what the copy shows in "lacks"  (no-image)';
    expect(check((t) => `${t}\n![map](../../package.json)\n`)).toEqual([`content/documents/valid.mdx:16:1  error  ${message}`]);
    expect(check((t) => `${t}\n![map](https://example.org/map.png)\n`)).toEqual([`content/documents/valid.mdx:16:1  error  ${message}`]);
  });

  it('accepts only absolute http(s) links in the text', () => {
    const link = (url: string) => check((t) => t.replace('Lieutenant-General', `[Lieutenant-General](${url})`));
    expect(link('https://example.org/a')).toEqual([]);
    expect(link('file:///etc/passwd')[0]).toMatch(
      /^content\/documents\/valid\.mdx:12:\d+ {2}error {2}link to "file:\/\/\/etc\/passwd" is not allowed: .+\(link-scheme\)$/,
    );
    expect(link('/etc/passwd')[0]).toMatch(/\(link-scheme\)$/);
    expect(link('ftp://example.org')[0]).toMatch(/\(link-scheme\)$/);
  });

  it('checks a reference definition like a link', () => {
    const result = check((t) => `${t.replace('Lieutenant-General', '[Lieutenant-General][g]')}\n[g]: file:///etc/passwd\n`);
    expect(result).toEqual([
      expect.stringMatching(
        /^content\/documents\/valid\.mdx:16:1 {2}error {2}link to "file:\/\/\/etc\/passwd" is not allowed: .+\(link-scheme\)$/,
      ),
    ]);
  });
});
