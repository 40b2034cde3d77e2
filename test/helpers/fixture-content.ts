import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from '../../src/lib/analyser/index.ts';

const root = join(import.meta.dirname, '..', 'fixtures', 'content');
const read = (folder: string) =>
  readdirSync(join(root, 'base', folder))
    .sort()
    .map((name) => ({ file: `content/${folder}/${name}`, text: readFileSync(join(root, 'base', folder, name), 'utf8') }));

/** The names of the document fixtures: one valid document and one per analyser rule. */
export const documentFixtures = readdirSync(join(root, 'documents'))
  .map((n) => n.replace(/\.mdx$/, ''))
  .sort();

/**
 * A small content folder in memory: the shared entities, claims and archived
 * source, plus the named document fixtures as content/documents/<name>.mdx.
 * Each document gets its own copy of the archived source unless `withoutSource` names it.
 */
export function fixtureContent(names: string[], options: { withoutSource?: string[] } = {}): ContentFiles {
  const source = readFileSync(join(root, 'base', 'source.txt'), 'utf8');
  return {
    entities: read('entities'),
    claims: read('claims'),
    documents: names.map((name) => ({
      file: `content/documents/${name}.mdx`,
      text: readFileSync(join(root, 'documents', `${name}.mdx`), 'utf8'),
    })),
    sources: names
      .filter((n) => !options.withoutSource?.includes(n))
      .map((name) => ({ file: `content/sources/${name}.txt`, text: source })),
  };
}
