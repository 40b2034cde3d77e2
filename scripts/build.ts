// `npm run build`: checks the content, then builds the pages into dist/ with
// Astro while Pagefind indexes each page as it is rendered and the data files
// (annotation exports, citations, corpus.json) are written beside them.
// Nothing is written when the content has errors.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { analysisCount, storeAnalysis } from '../src/lib/corpus-store.ts';
import type { DataFilesJob } from '../src/lib/export/data-files-worker.ts';
import type { CorpusGraph } from '../src/lib/graph.ts';
import { pageFile, setPageFeed } from '../src/lib/page-feed.ts';
import { pagefindView } from '../src/lib/pagefind-view.ts';
import { quoteRecords } from '../src/lib/search-records.ts';
import { summaryLine } from './build-summary.ts';
import { runCheck } from './check.ts';

const root = process.cwd();
// OUT_DIR builds elsewhere than dist/ (the tests build a second copy under a base path).
const outDir = process.env.OUT_DIR ?? 'dist';

export async function buildSite(): Promise<boolean> {
  const checkStarted = performance.now();
  const analysis = await runCheck(root);
  const checked = performance.now() - checkStarted;
  if (analysis.diagnostics.some((d) => d.severity === 'error')) return false;
  // Hand the analysis to the pages and the anchor plugin: each document is parsed once.
  const { graph } = storeAnalysis(root, analysis);

  // Pagefind starts before Astro, in its own process: it takes the quote records
  // now and each page as Astro renders it, so indexing runs beside rendering.
  const config = (await import(pathToFileURL(join(root, 'astro.config.mjs')).href)).default as { site?: string; base?: string };
  const base = config.base ?? '/';
  const search = await startIndex(graph);
  // Pagefind is sent only the parts of a page it reads (src/lib/pagefind-view.ts).
  setPageFeed((page) => search.addPage({ sourcePath: pageFile(page.path, base), content: pagefindView(page.content) }));
  // The data files depend on the graph alone: a worker thread writes them while
  // Astro renders, into a folder of their own, since Astro empties dist/ when
  // it starts; they are moved into dist/ at the end.
  const staging = `${outDir.replace(/\/+$/, '')}.data`;
  rmSync(staging, { recursive: true, force: true });
  const data = writeDataFilesInThread({ corpus: graph.corpus, base, site: config.site, outDir: staging });
  data.catch(() => {}); // a failure is reported where it is awaited, below
  const started = performance.now();
  try {
    await build({ root, logLevel: 'warn', outDir });
    await data;
  } catch (error) {
    await pagefind.close();
    rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    setPageFeed(undefined);
  }
  const built = performance.now();
  // Cost must stay linear: one analysis and one graph for the whole build.
  if (analysisCount() !== 1) throw new Error(`the content was analysed ${analysisCount()} times during the build; pages must share one corpus graph`);

  const indexed = await search.finish(outDir);
  moveInto(staging, outDir);

  console.log(summaryLine({ outDir, checkMs: checked, astroMs: built - started, pagefindMs: performance.now() - built, pages: indexed.pages, quotes: indexed.quotes }));
  return true;
}

/** Runs src/lib/export/data-files-worker.ts; settles when every file is written. */
function writeDataFilesInThread(job: DataFilesJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../src/lib/export/data-files-worker.ts', import.meta.url), { workerData: job });
    worker.once('error', (error) => reject(new Error(`writing the data files: ${error.message}`)));
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the data-files thread exited with code ${code}`))));
  });
}

/** Moves every file under `from` to the same place under `to`, then removes `from`. */
function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const target = join(to, relative(from, join(entry.parentPath, entry.name)));
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(entry.parentPath, entry.name), target);
  }
  rmSync(from, { recursive: true, force: true });
}

/**
 * A Pagefind index fed while the site builds: one record per quote, so quotes
 * can be found and filtered by speaker, outlet and claim, then every page.
 * Requests are not awaited one by one: Pagefind answers over a pipe.
 */
async function startIndex(graph: CorpusGraph) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const quotes = quoteRecords(graph);
  const pending: Promise<{ errors: string[] }>[] = quotes.map((record) => index.addCustomRecord(record));
  let pages = 0;
  return {
    addPage(page: { sourcePath: string; content: string }) {
      pages++;
      pending.push(index.addHTMLFile(page));
    },
    async finish(outDir: string): Promise<{ pages: number; quotes: number }> {
      for (const result of await Promise.all(pending)) if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      await pagefind.close();
      return { pages, quotes: quotes.length };
    },
  };
}

if (import.meta.main) {
  try {
    process.exitCode = (await buildSite()) ? 0 : 1;
  } catch (error) {
    // A failure past the content check is a bug or a broken install, not bad
    // content; say what failed without a wall of stack frames.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`✗ build failed: ${message.split('\n').slice(0, 12).join('\n')}`);
    process.exitCode = 1;
  }
}
