// A throwaway copy of this site to build in, and a fingerprint of a built folder.
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tempDir } from './temp-dir.ts';

const repo = join(import.meta.dirname, '..', '..');

/** A copy of this site (code and content; node_modules linked) in a new temporary folder named after `name`, removed after the test file. */
export function siteCopy(name: string): string {
  const dir = tempDir(`reader-${name}-`);
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Every file under `dir` with the hash of its bytes. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}
