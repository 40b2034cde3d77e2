import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'test', 'fixtures', 'content');
const node = process.execPath;

/** A throwaway project folder whose content/ holds the base fixtures and the named documents. */
function project(documents: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-cli-'));
  for (const folder of ['entities', 'claims']) cpSync(join(fixtures, 'base', folder), join(dir, 'content', folder), { recursive: true });
  mkdirSync(join(dir, 'content', 'documents'), { recursive: true });
  mkdirSync(join(dir, 'content', 'sources'), { recursive: true });
  for (const name of documents) {
    cpSync(join(fixtures, 'documents', `${name}.mdx`), join(dir, 'content', 'documents', `${name}.mdx`));
    writeFileSync(join(dir, 'content', 'sources', `${name}.txt`), readFileSync(join(fixtures, 'base', 'source.txt')));
  }
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
    expect(result.stderr).toContain('✗ 2 errors in 2 files; nothing was published.');
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);

  it('exits 0 and says so when the content is valid', () => {
    const dir = project(['valid']);
    const result = run('check.ts', dir, [dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ content is valid: 1 document, 3 annotations, 4 entities, 1 claim.');
  }, 60_000);

  it('stops the build before anything is written', () => {
    const dir = project(['broken-yaml']);
    const result = run('build.ts', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/documents/broken-yaml.mdx:2:35  error  broken YAML: Missing closing "quote  (yaml-syntax)');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }, 60_000);
});
