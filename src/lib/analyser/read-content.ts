import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ReadFiles } from './corpus.ts';
import type { Diagnostic } from './diagnostics.ts';

/** The folders of `content/` and the ending of the files the check reads in each; any other file there is not content. */
const contentFolders = { documents: '.mdx', sources: '.txt', entities: '.md', claims: '.md' } as const;

/** Whether a path below `content/` (e.g. "documents/x.mdx") names a file the check reads. */
export function isContentFile(path: string): boolean {
  const [folder, name, ...deeper] = path.split('/');
  const ending = contentFolders[folder as keyof typeof contentFolders];
  return ending !== undefined && name !== undefined && deeper.length === 0 && name.endsWith(ending);
}

/**
 * Reads `content/` under a project root. Paths in the result are relative to
 * that root. Symbolic links are refused (a link could publish any file on the
 * machine), reported as problems and not followed.
 */
export function readContent(root: string, contentDir = 'content'): ReadFiles {
  const problems: Diagnostic[] = [];
  const relativePath = (path: string) => relative(root, path).split('\\').join('/');
  const refuse = (
    path: string,
    message = 'symbolic links are not allowed in content/: copy the file here instead (a link could publish a file from outside the project)',
  ) => problems.push({ file: relativePath(path), line: 1, column: 1, severity: 'error', message, rule: 'no-symlink' });
  const isLink = (path: string) => lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;

  const top = join(root, contentDir);
  if (lstatSync(top, { throwIfNoEntry: false })?.isSymbolicLink()) {
    refuse(top);
    return { documents: [], sources: [], entities: [], claims: [], problems };
  }
  const read = (folder: string, extension: string) => {
    const dir = join(top, folder);
    if (!lstatSync(dir, { throwIfNoEntry: false })) return [];
    if (isLink(dir)) {
      refuse(dir);
      return [];
    }
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.name.endsWith(extension))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isSymbolicLink()) {
          refuse(path);
          return [];
        }
        if (!entry.isFile()) {
          if (!entry.isDirectory()) refuse(path, 'not a regular file: content/ holds only plain files');
          return [];
        }
        return [{ file: relativePath(path), text: readFileSync(path, 'utf8') }];
      });
  };
  return {
    documents: read('documents', contentFolders.documents),
    sources: read('sources', contentFolders.sources),
    entities: read('entities', contentFolders.entities),
    claims: read('claims', contentFolders.claims),
    problems,
  };
}
