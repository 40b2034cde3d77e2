// Reading Pagefind's per-page records (fragments) from a written index.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; title?: string; location: number }[];
  language?: string;
}

const signature = 'pagefind_dcd';

/** Every fragment of the index in `pagefindDir`: gzipped JSON behind a `pagefind_dcd` signature. */
export function readFragments(pagefindDir: string): Fragment[] {
  const dir = join(pagefindDir, 'fragment');
  return readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    if (!raw.startsWith(signature)) throw new Error(`${name} is not a Pagefind fragment`);
    return JSON.parse(raw.slice(signature.length)) as Fragment;
  });
}
