import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFiles } from './corpus.ts';

/** Reads `content/` under a project root. Paths in the result are relative to that root. */
export function readContent(root: string, contentDir = 'content'): ContentFiles {
  const read = (folder: string, extension: string) => {
    const dir = join(root, contentDir, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .sort()
      .map((name) => {
        const path = join(dir, name);
        return { file: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
      });
  };
  return {
    documents: read('documents', '.mdx'),
    sources: read('sources', '.txt'),
    entities: read('entities', '.md'),
    claims: read('claims', '.md'),
  };
}
