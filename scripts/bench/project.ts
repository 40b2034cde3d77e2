// The two projects the benchmark builds from one synthetic corpus, each in its
// own folder: this site (its code, copied) and a plain Astro baseline (same
// Astro and MDX, the same MDX bodies with the components turned into <span>s,
// one page per document, no analyser, no graph), and a fair baseline: the
// same plain project with one plain page per entity and per claim as well, so
// it renders and indexes as many pages as this site does. All are indexed by
// Pagefind the same way, and every build time includes it.
import { cpSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { plainSpans, type CorpusFile } from './corpus.ts';

/**
 * node_modules as a folder of links to the repository's packages, not one link
 * to the folder: Astro and Vite keep their caches in node_modules/.astro and
 * node_modules/.vite, and every bench build must start cold and apart.
 */
function linkModules(repo: string, dir: string) {
  const from = join(repo, 'node_modules');
  const to = join(dir, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(from, name), join(to, name));
  }
}

function write(dir: string, files: CorpusFile[]) {
  const made = new Set<string>();
  for (const f of files) {
    const path = join(dir, f.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, f.text);
  }
}

/** This site, with the synthetic content in place of content/. */
export function writeSiteProject(repo: string, dir: string, files: CorpusFile[]): void {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  linkModules(repo, dir);
  write(dir, files);
}

const baselineConfig = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  integrations: [mdx({ smartypants: false })],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
`;

const baselineCollections = (fair: boolean) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  documents: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/documents' }) }),${
    fair
      ? `
  entities: defineCollection({ loader: glob({ pattern: '*.md', base: './content/entities' }) }),
  claims: defineCollection({ loader: glob({ pattern: '*.md', base: './content/claims' }) }),`
      : ''
  }
};
`;

const baselinePage = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('documents');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/** The fair baseline's page for each entity or claim: one heading and one paragraph from its frontmatter. */
const recordPage = (collection: string, heading: string, text: string) => `---
import { getCollection } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('${collection}');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.${heading}}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.${heading}}</h1><p>{entry.data.${text}}</p></main></body>
</html>
`;

/**
 * The same build steps as `astro build` with this site's integration, minus the analyser and the graph;
 * prints the same summary line, and the phase line from the same clock
 * (imported from this repository: the baseline's folder has no scripts).
 */
const baselineBuild = (phaseClock: string) => `import { build } from 'astro';
import * as pagefind from 'pagefind';
import { phaseClock } from ${JSON.stringify(phaseClock)};

const started = performance.now();
const clock = phaseClock();
await build({ root: process.cwd(), logLevel: 'warn', integrations: [clock.integration] });
const built = performance.now();
const { index } = await pagefind.createIndex({});
const added = await index.addDirectory({ path: 'dist' });
await index.writeFiles({ outputPath: 'dist/pagefind' });
await pagefind.close();
const seconds = (ms) => (ms / 1000).toFixed(1);
console.log(\`✓ checked the content in 0.0 s; built dist/ in \${seconds(built - started)} s; indexed \${added.page_count} pages in \${seconds(performance.now() - built)} s.\`);
console.log(clock.line());
`;

export interface BaselineOptions {
  /** Also one plain page per entity and per claim: as many pages as this site renders and indexes for documents, entities and claims. */
  fair?: boolean;
}

/** A minimal Astro + MDX project over the same documents, components replaced by spans. */
export function writeBaselineProject(repo: string, dir: string, files: CorpusFile[], options: BaselineOptions = {}): void {
  const fair = options.fair ?? false;
  mkdirSync(join(dir, 'src', 'pages', 'documents'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), baselineConfig);
  writeFileSync(join(dir, 'src', 'content.config.ts'), baselineCollections(fair));
  writeFileSync(join(dir, 'src', 'pages', 'documents', '[slug].astro'), baselinePage);
  if (fair) {
    for (const [collection, heading, text] of [
      ['entities', 'name', 'role'],
      ['claims', 'statement', 'note'],
    ] as const) {
      mkdirSync(join(dir, 'src', 'pages', collection), { recursive: true });
      writeFileSync(join(dir, 'src', 'pages', collection, '[id].astro'), recordPage(collection, heading, text));
    }
  }
  writeFileSync(join(dir, 'build.mjs'), baselineBuild(pathToFileURL(join(repo, 'src', 'lib', 'build', 'phases.ts')).href));
  linkModules(repo, dir);
  const kept = fair ? ['content/documents/', 'content/entities/', 'content/claims/'] : ['content/documents/'];
  write(
    dir,
    files
      .filter((f) => kept.some((folder) => f.path.startsWith(folder)))
      .map((f) => (f.path.endsWith('.mdx') ? { path: f.path, text: plainSpans(f.text) } : f)),
  );
}
