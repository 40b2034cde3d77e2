// `npm run build`: checks the content, then builds the pages into dist/ with
// Astro while Pagefind indexes each page as it is rendered and the data files
// (annotation exports, citations, corpus.json) are written beside them.
// Nothing is written when the content has errors, and nothing is published
// until everything has been written: Astro builds into dist.staging/, which
// replaces dist/ only at the end (publish.ts); a lock file (.build.lock) refuses
// a second build in the same checkout while one runs.
//
// The check runs in worker threads while Astro loads its configuration and
// syncs its content collections; Astro goes no further (it has not touched
// dist/ yet) until the check has passed. See `awaitCheck` below.
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'astro';
import type { AstroIntegration } from 'astro';
import type { Analysis } from '../src/lib/analyser/index.ts';
import { analysisCount, storeAnalysis } from '../src/lib/corpus-store.ts';
import type { DataFilesJob } from '../src/lib/export/data-files-worker.ts';
import { pageFile, setPageFeed } from '../src/lib/page-feed.ts';
import type { IndexMessage, IndexResult } from '../src/lib/search-index-worker.ts';
import { hasQuotes, quoteRecords, type QuoteRecord } from '../src/lib/search-records.ts';
import { pagesIndexDir, quotesIndexDir } from '../src/lib/search-indexes.ts';
import { threadAnswer } from '../src/lib/thread-answer.ts';
import { phaseClock } from '../src/lib/build/phases.ts';
import { summaryLine } from '../src/lib/build/summary.ts';
import { siteProblems } from '../src/lib/site-gate.ts';
import { runCheck } from '../src/lib/analyser/run-check.ts';
import { acquireLock, BuildLocked, buildPaths, publish, recoverInterrupted } from '../src/lib/build/publish.ts';

const root = process.cwd();
// Astro reads import.meta.env.BASE_URL and SITE from the environment when they
// are set there, over the config's base and site: an inherited BASE_URL (a test
// runner sets one) would make every link of a BASE_PATH build miss the base.
delete process.env.BASE_URL;
delete process.env.SITE;
// OUT_DIR builds elsewhere than dist/ (the tests build a second copy under a base path).
const outDir = process.env.OUT_DIR ?? 'dist';
// Astro builds into a staging folder beside it; dist/ is replaced only when everything succeeded (publish.ts).
const paths = buildPaths(outDir, root);

const hasErrors = (analysis: Analysis) => analysis.diagnostics.some((d) => d.severity === 'error');

/** Thrown into Astro's build when the content check fails, to stop it before it writes anything. */
class ContentInvalid extends Error {
  constructor() {
    super('the content has errors');
  }
}

/** What runs beside Astro once the content has passed: the two search indexes and the data files. */
interface Beside {
  /** The index of the pages, fed as Astro renders them. */
  search: ReturnType<typeof startIndex>;
  /** The index of the quote records, written at once; none when there are no quotes. */
  quotes: ReturnType<typeof startIndex> | undefined;
  quotesWritten: Promise<{ pages: number; quotes: number }>;
  data: ReturnType<typeof writeDataFilesInThread>;
  staging: string;
  checkMs: number;
  base: string;
}

export async function buildSite(): Promise<boolean> {
  const release = acquireLock(paths.lock);
  const onSignal = (signal: NodeJS.Signals) => {
    rmSync(paths.staging, { recursive: true, force: true });
    rmSync(paths.side, { recursive: true, force: true });
    release();
    console.error(`✗ build stopped by ${signal}; ${outDir}/ was left as it was.`);
    process.exit(1);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    recoverInterrupted(paths);
    return await buildStaged();
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    rmSync(paths.staging, { recursive: true, force: true });
    rmSync(paths.side, { recursive: true, force: true });
    release();
  }
}

async function buildStaged(): Promise<boolean> {
  const started = performance.now();
  const clock = phaseClock();
  // The check leaves this thread to Astro, which starts meanwhile.
  const checking = runCheck(root, { inThisThread: false });
  const beside = checking.then(async (analysis): Promise<Beside | undefined> => {
    const checkMs = performance.now() - started;
    if (hasErrors(analysis)) return undefined;
    // Hand the analysis to the pages and the anchor plugin: each document is parsed once.
    const { graph } = storeAnalysis(root, analysis);
    const config = (await import(pathToFileURL(join(root, 'astro.config.mjs')).href)).default as { site?: string; base?: string };
    const base = config.base ?? '/';
    // What does not depend on the rendered pages is written into a folder of
    // its own, since Astro empties its output folder when it starts building,
    // and moved into it at the end: the data files (they depend on the graph
    // alone) and the quotes' search index. Each is written by a thread of its own.
    const staging = paths.side;
    rmSync(staging, { recursive: true, force: true });
    // Two Pagefind indexes, which the search page merges: the quote records
    // are all known now, so their index is written at once, while Astro
    // bundles and renders; the pages' index takes each page as Astro renders
    // it, so only that one is left to write when the pages are done.
    const quotes = hasQuotes(graph) ? startIndex(quoteRecords(graph)) : undefined;
    const quotesDir = join(staging, quotesIndexDir);
    const quotesWritten = quotes
      ? quotes.finish(quotesDir).then((written) => {
          keepIndexFilesOnly(quotesDir);
          return written;
        })
      : Promise.resolve({ pages: 0, quotes: 0 });
    quotesWritten.catch(() => {}); // awaited after Astro
    const search = startIndex([]);
    setPageFeed((page) => search.addPage(pageFile(page.path, base), page.html));
    const data = writeDataFilesInThread({ corpus: graph.corpus, base, site: config.site, outDir: staging });
    return { search, quotes, quotesWritten, data, staging, checkMs, base };
  });
  beside.catch(() => {}); // awaited below, after Astro

  let ready: Beside | undefined;
  try {
    // A thread beside Astro that fails (or whose Pagefind process dies) fails the build at once, not when Astro is done.
    // It only ever rejects: the race must not end before Astro does.
    const besideFailed = beside
      .then((b) => (b ? Promise.race([b.search.failed, ...(b.quotes ? [b.quotes.failed] : []), b.quotesWritten.then(never), b.data.done.then(never)]) : undefined))
      .then(never);
    besideFailed.catch(() => {});
    await Promise.race([build({ root, logLevel: 'warn', outDir: paths.staging, integrations: [clock.integration, awaitCheck(beside)] }), besideFailed]);
    ready = await beside;
    if (!ready) throw new ContentInvalid();
    await ready.data.done;
  } catch (error) {
    // Whatever stopped Astro, bad content is reported as such: the check has printed every problem.
    const analysis = await checking;
    ready ??= await beside.catch(() => undefined);
    await Promise.all([ready?.search.stop(), ready?.quotes?.stop(), ready?.data.stop()]);
    if (ready) rmSync(ready.staging, { recursive: true, force: true });
    if (hasErrors(analysis)) return false;
    throw error;
  } finally {
    setPageFeed(undefined);
  }
  const built = performance.now();
  // Cost must stay linear: one analysis and one graph for the whole build.
  if (analysisCount() !== 1) throw new Error(`the content was analysed ${analysisCount()} times during the build; pages must share one corpus graph`);

  const [indexed, quoted] = await Promise.all([ready.search.finish(`${paths.staging}/${pagesIndexDir}`), ready.quotesWritten]);
  moveInto(ready.staging, paths.staging);
  // Defence in depth: whatever the check missed, no page may link to another
  // scheme, to a path with no file, or repeat an id.
  const problems = siteProblems(paths.staging, ready.base);
  if (problems.length > 0) {
    const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : '';
    throw new Error(`the built site failed its last check, so it was not published:\n${problems.slice(0, 20).join('\n')}${more}`);
  }
  // Everything is written: the staged site replaces the published one.
  publish(paths);

  console.log(summaryLine({ outDir, checkMs: ready.checkMs, astroMs: built - started, pagefindMs: performance.now() - built, pages: indexed.pages, quotes: quoted.quotes }));
  console.log(clock.line());
  return true;
}

/**
 * Holds Astro at the start of its build (after it has loaded the config and
 * synced the content, before it empties the output folder) until the check
 * has passed and the index and data files are under way.
 */
function awaitCheck(beside: Promise<Beside | undefined>): AstroIntegration {
  return {
    name: 'annotated-reader:await-check',
    hooks: {
      'astro:build:start': async () => {
        if (!(await beside)) throw new ContentInvalid();
      },
    },
  };
}

/** A promise that never settles: in a race, only the others count. */
const never = (): Promise<never> => new Promise<never>(() => {});

/** Runs src/lib/export/data-files-worker.ts: `done` settles when every file is written. */
function writeDataFilesInThread(job: DataFilesJob) {
  const worker = new Worker(new URL('../src/lib/export/data-files-worker.ts', import.meta.url), { workerData: job });
  const done = threadAnswer<void>(worker, 'writing the data files');
  done.catch(() => {}); // a failure is reported where it is awaited
  return { done, stop: () => worker.terminate() };
}

/**
 * Pagefind writes its scripts, styles and WebAssembly beside every index; the
 * search page loads them from the pages' index only, so the quotes' index
 * keeps its index files alone (entry, metadata, chunks, filters, fragments).
 */
function keepIndexFilesOnly(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name !== 'pagefind-entry.json' && !entry.name.endsWith('.pf_meta')) rmSync(join(dir, entry.name));
  }
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
 * A Pagefind index, held by src/lib/search-index-worker.ts in a thread (and a
 * Pagefind process) of its own: the custom records it is given (one per
 * quote, so quotes can be found and filtered by speaker, outlet and claim),
 * then whatever pages it is sent.
 */
function startIndex(records: QuoteRecord[]) {
  const worker = new Worker(new URL('../src/lib/search-index-worker.ts', import.meta.url), { workerData: { records } });
  // The thread answers once, to `finish` (or fails before).
  const answer = threadAnswer<IndexResult>(worker, 'the search index');
  answer.catch(() => {}); // a failure is reported by finish()
  /** Rejects as soon as the thread fails or answers with an error; never settles otherwise. */
  const failed = answer.then((result) => ('error' in result ? Promise.reject(new Error(result.error)) : never()));
  failed.catch(() => {});
  return {
    failed,
    addPage(sourcePath: string, html: ArrayBuffer) {
      const message: IndexMessage = { type: 'page', sourcePath, html };
      worker.postMessage(message, [html]);
    },
    async finish(outputPath: string): Promise<{ pages: number; quotes: number }> {
      const message: IndexMessage = { type: 'finish', outputPath };
      worker.postMessage(message);
      const result = await answer;
      if ('error' in result) throw new Error(result.error);
      return result;
    },
    stop: () => worker.terminate(),
  };
}

if (import.meta.main) {
  try {
    process.exitCode = (await buildSite()) ? 0 : 1;
  } catch (error) {
    if (error instanceof BuildLocked) {
      console.error(`✗ build refused: ${error.message}`);
      process.exit(1);
    }
    // A failure past the content check is a bug or a broken install, not bad
    // content; say what failed without a wall of stack frames.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`✗ build failed: ${message.split('\n').slice(0, 24).join('\n')}`);
    // Astro may still be rendering (a thread beside it failed first): stop it; nothing was published.
    process.exit(1);
  }
}
