import { readdirSync } from 'node:fs';

/**
 * Every file below `dir`, as paths relative to it with "/" between folders, by
 * reading one folder at a time. Node's own `readdirSync(dir, { recursive: true })`
 * took three to four times as long on a built site (1.0 s against 3.8 s for
 * the 118,000 files of 10,000 documents, measured), and the site gate lists
 * the site in each of its threads.
 */
export function filesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(`${folder}/${entry.name}`, `${prefix}${entry.name}/`);
      else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, '');
  return files;
}
