import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isContentFile, readContent } from '../../src/lib/analyser/index.ts';

const repo = join(import.meta.dirname, '..', '..');

describe('the files the check reads', () => {
  it('are content by isContentFile, each of them (the dev server watches these)', () => {
    const files = readContent(repo);
    const read = [...files.documents, ...files.sources, ...files.entities, ...files.claims].map((f) => f.file.slice('content/'.length));
    expect(read.length).toBeGreaterThan(80);
    expect(read.filter((f) => !isContentFile(f))).toEqual([]);
  });

  it('do not include an editor’s copies and backups, or a file of the wrong kind for its folder', () => {
    expect(
      [
        'documents/.x.mdx.swp',
        'documents/x.mdx~',
        'documents/.x.mdx.tmp',
        'documents/x.txt',
        'sources/x.mdx',
        'x.mdx',
        'documents/a/x.mdx',
      ].filter(isContentFile),
    ).toEqual([]);
    expect(['documents/x.mdx', 'sources/x.txt', 'entities/x.md', 'claims/x.md'].every(isContentFile)).toBe(true);
  });
});
