import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuildSync } from '../helpers/astro-build.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'test', 'fixtures', 'content');
const node = process.execPath;

/** A throwaway project folder whose content/ holds the base fixtures and the named documents. */
function project(documents: string[]): string {
  const dir = tempDir('reader-cli-');
  for (const folder of ['entities', 'claims']) cpSync(join(fixtures, 'base', folder), join(dir, 'content', folder), { recursive: true });
  mkdirSync(join(dir, 'content', 'documents'), { recursive: true });
  mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
  for (const name of documents) {
    cpSync(join(fixtures, 'documents', `${name}.mdx`), join(dir, 'content', 'documents', `${name}.mdx`));
    writeFileSync(join(dir, 'content', 'sources', `${name}.txt`), readFileSync(join(fixtures, 'base', 'source.txt')));
  }
  return dir;
}

/** A copy of this site (code and content, node_modules linked) whose first document names an unknown entity. */
function brokenSite(): string {
  const dir = tempDir('reader-cli-site-');
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  const documents = join(dir, 'content', 'documents');
  const name = readdirSync(documents)
    .sort()
    .find((f) => readFileSync(join(documents, f), 'utf8').includes('<Mention entity="turkey">'))!;
  const text = readFileSync(join(documents, name), 'utf8');
  writeFileSync(join(documents, name), text.replace('<Mention entity="turkey">', '<Mention entity="turky">'));
  return dir;
}

const run = (script: string, cwd: string, args: string[] = []) =>
  spawnSync(node, [join(repo, 'scripts', script), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });

describe('npm run check and npm run build on bad content', () => {
  it('prints every problem of every file as path:line:col and exits 1', () => {
    const dir = project(['unknown-entity', 'script', 'valid']);
    const result = run('check.ts', dir, [dir]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').filter((l) => l.includes('  error  '))).toEqual([
      'content/documents/script.mdx:12:1  error  <script> is not allowed in documents  (no-html)',
      'content/documents/unknown-entity.mdx:12:201  error  unknown entity "rudskoy"; did you mean "sergey-rudskoy"?  (unknown-id)',
    ]);
    expect(result.stderr).toContain('✗ 2 errors in 2 files.\n');
    expect(result.stderr).not.toContain('published'); // the check alone publishes nothing
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);

  it('prints GitHub workflow annotations with --format github, on the file, line and column of each problem', () => {
    const dir = project(['unknown-entity', 'valid']);
    const result = run('check.ts', dir, ['--format', 'github', dir]);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([
      '::error file=content/documents/unknown-entity.mdx,line=12,col=201,title=unknown-id::unknown entity "rudskoy"; did you mean "sergey-rudskoy"? (unknown-id)',
    ]);
    expect(result.stderr).toContain('✗ 1 error in 1 file.\n');
    expect(result.stdout).toContain(
      '::notice title=not checked::content/documents/unknown-entity.mdx: editorial rules not checked until its errors are fixed',
    );
  }, 60_000);

  it('reports a missing field, an unknown id and a changed word of one document in one run', () => {
    const dir = project(['all-at-once']);
    const result = run('check.ts', dir, [dir]);
    expect(result.status).toBe(1);
    expect(
      result.stderr
        .split('\n')
        .filter((l) => l.includes('  error  '))
        .map((l) => l.replace(/  error  .*\((.+)\)$/, ' $1')),
    ).toEqual([
      'content/documents/all-at-once.mdx:2:1 frontmatter',
      'content/documents/all-at-once.mdx:11:143 source-mismatch',
      'content/documents/all-at-once.mdx:11:201 unknown-id',
    ]);
  }, 60_000);

  it('names the checks a syntax error left for the next run', () => {
    const dir = project(['unclosed-tag']);
    const result = run('check.ts', dir, [dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Not checked in this run:\n  content/documents/unclosed-tag.mdx: not checked: its components, ids and editorial rules and the comparison with its archived copy (after mdx-syntax)',
    );
  }, 60_000);

  it('exits 0 and says so when the content is valid', () => {
    const dir = project(['valid']);
    const result = run('check.ts', dir, [dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ content is valid: 1 document, 8 annotations, 7 entities, 1 claim.');
  }, 60_000);

  it('stops the build before anything is written', () => {
    // The site's code over a content folder with one broken document.
    const dir = brokenSite();
    rmSync(join(dir, 'content'), { recursive: true });
    for (const folder of ['entities', 'claims']) cpSync(join(fixtures, 'base', folder), join(dir, 'content', folder), { recursive: true });
    cpSync(join(fixtures, 'documents', 'broken-yaml.mdx'), join(dir, 'content', 'documents', 'broken-yaml.mdx'));
    cpSync(join(fixtures, 'base', 'source.txt'), join(dir, 'content', 'sources', 'broken-yaml.txt'));
    const result = astroBuildSync(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/documents/broken-yaml.mdx:2:35  error  broken YAML: Missing closing "quote  (yaml-syntax)');
    expect(result.stderr).toContain('✗ 1 error in 1 file; nothing was published.');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 60_000);

  it('leaves an earlier build in dist/ as it was, and prints only the problems (Astro starts meanwhile, but stops before writing)', () => {
    const dir = brokenSite();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), 'the earlier build');
    const result = astroBuildSync(dir);
    expect(result.status).toBe(1);
    const errors = result.stderr.split('\n').filter((l) => l.includes('  error  '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/documents\/[a-z0-9-]+\.mdx:\d+:\d+  error  unknown entity "turky"; did you mean "turkey"\?  \(unknown-id\)$/,
    );
    expect(result.stderr).not.toContain('build failed');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toBe('the earlier build');
  }, 60_000);
});
