// The archived copies are parsed with Sätteri (fast) where the documents are
// parsed with remark: the comparison of the two texts is only fair if both
// parsers read Markdown the same way. Checked on every archived copy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/lib/analyser/parse.ts';

const repo = join(import.meta.dirname, '..', '..');
const remark = unified().use(remarkParse).use(remarkGfm);

/** A tree with its keys sorted, positions as offsets and parser-specific data left out. */
function canonical(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(canonical);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node).sort()) {
    const value = (node as Record<string, unknown>)[key];
    if (key === 'data') continue;
    out[key] =
      key === 'position'
        ? [(value as { start: { offset: number } }).start.offset, (value as { end: { offset: number } }).end.offset]
        : canonical(value);
  }
  return out;
}

const archives = [
  ...readdirSync(join(repo, 'content', 'sources')).map((name) => join(repo, 'content', 'sources', name)),
  join(repo, 'test', 'fixtures', 'content', 'base', 'source.txt'),
];

describe('an archived copy', () => {
  test.each(archives.map((path) => [path.slice(repo.length + 1), path]))('%s is read as remark-parse with GFM reads it', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    expect(canonical(parseMarkdown(text))).toEqual(canonical(remark.parse(text)));
  });

  test('keeps dollar amounts as text, links as links and tables as tables', () => {
    const text = 'About $3 million a day, or $1 billion a year, [per RT](https://rt.com).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n';
    expect(canonical(parseMarkdown(text))).toEqual(canonical(remark.parse(text)));
    expect(parseMarkdown(text).children.map((n) => n.type)).toEqual(['paragraph', 'table']);
  });
});
