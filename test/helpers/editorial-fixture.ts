import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from '../../src/lib/analyser/index.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

/** The editorial rules that have a fixture folder: test/fixtures/editorial/<rule>/. */
export const editorialFixtures = readdirSync(join(fixtures, 'editorial')).sort();

function files(dir: string, folder: string): { file: string; text: string }[] {
  const path = join(dir, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .sort()
    .map((name) => ({ file: `content/${folder}/${name}`, text: readFileSync(join(path, name), 'utf8') }));
}

/** Base files, with the fixture's own files of the same name in their place. */
function merged(base: { file: string; text: string }[], own: { file: string; text: string }[]) {
  const byFile = new Map(base.map((f) => [f.file, f]));
  for (const f of own) byFile.set(f.file, f);
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * A content folder for one editorial rule: the shared entities and claims of
 * test/fixtures/content/base, overridden or extended by the fixture's own,
 * and the fixture's documents with their archived copies.
 */
export function editorialContent(rule: string): ContentFiles {
  const base = join(fixtures, 'content', 'base');
  const dir = join(fixtures, 'editorial', rule);
  return {
    entities: merged(files(base, 'entities'), files(dir, 'entities')),
    claims: merged(files(base, 'claims'), files(dir, 'claims')),
    documents: files(dir, 'documents'),
    sources: files(dir, 'sources'),
  };
}
