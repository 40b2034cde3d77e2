// The benchmark's baselines, built for real on a small corpus: the fair
// baseline renders and indexes one page per document, entity and claim, as
// many as this site has of those; the plain baseline one per document only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { writeBaselineProject } from '../../scripts/bench/project.ts';
import { parseSummary } from '../../src/lib/build/summary.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'bench-baseline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const corpus = generateCorpus({ documents: 4, entities: 30, claims: 6 });
const count = (folder: string) => corpus.files.filter((f) => f.path.startsWith(`content/${folder}/`)).length;

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

describe('the fair baseline', () => {
  test('renders and indexes one page per document, entity and claim', { timeout: 240_000 }, () => {
    const dir = join(work, 'fair');
    writeBaselineProject(repo, dir, corpus.files, { fair: true });
    const run = spawnSync(process.execPath, ['build.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const pages = htmlPages(join(dir, 'dist'));
    expect(pages.filter((p) => p.startsWith('documents/'))).toHaveLength(count('documents'));
    expect(pages.filter((p) => p.startsWith('entities/'))).toHaveLength(30);
    expect(pages.filter((p) => p.startsWith('claims/'))).toHaveLength(6);
    expect(pages).toHaveLength(4 + 30 + 6);
    // Pagefind indexed every page, as this site indexes its document, entity and claim pages.
    expect(parseSummary(run.stdout)?.pages).toBe(4 + 30 + 6);
  });
});

describe('the plain baseline', () => {
  test('has a page per document and no entity or claim pages or records', () => {
    const dir = join(work, 'plain');
    writeBaselineProject(repo, dir, corpus.files);
    expect(readdirSync(join(dir, 'src', 'pages'))).toEqual(['documents']);
    expect(readdirSync(join(dir, 'content'))).toEqual(['documents']);
    expect(readdirSync(join(dir, 'content', 'documents'))).toHaveLength(count('documents'));
    expect(existsSync(join(dir, 'content', 'entities'))).toBe(false);
  });
});
