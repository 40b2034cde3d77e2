// One run of `astro build` for this site, as the site-build integration
// (src/integrations/site-build.ts) drives it from Astro's hooks:
//
// 1. `start`, at astro:config:setup: take the lock, start the content check
//    in worker threads while Astro syncs its content and prepares Vite.
// 2. `contentPassed`, at astro:build:start (before Astro empties its output
//    folder): wait for the check; on errors, stop with its diagnostics. Once
//    it passes, the data files and the share images are already being written
//    in threads of their own, and the search index takes each page as Astro
//    renders it (src/lib/build/page-feed.ts) and is written once its last
//    page has come, while Astro renders the passage pages.
// 3. `pagesWritten`, at astro:build:generated: make sure the search index is
//    written, gather everything into the staging folder and check the built
//    site (site-gate.ts), while the other integrations finish.
// 4. `finish`, at astro:build:done: wait for that, then publish the site in
//    place of the output folder (publish.ts).
//
// Astro builds into a staging folder beside the output folder, so a failed,
// killed or refused build leaves the published site as it was. Failures end
// the process with one clear message: bad content with the check's
// `path:line:col` lines, a failed thread with its error, never a stack trace.
import { existsSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Analysis } from '../analyser/index.ts';
import { runCheck } from '../analyser/run-check.ts';
import { analysisCount, storeAnalysis } from '../corpus/store.ts';
import { shareImages, type ShareImage } from '../share-images/card.ts';
import { prerenderShareImages } from '../share-images/prerender.ts';
import { writeShareImages } from '../share-images/publish.ts';
import { pageFile, setPageFeed } from './page-feed.ts';
import { indexedPageFiles, pagesIndexDir } from '../search/indexes.ts';
import { passageFacts } from '../search/records.ts';
import { siteRelativeUrls as siteRelative } from '../urls.ts';
import { acquireLock, buildPaths, publish, recoverInterrupted } from './publish.ts';
import { filesUnder } from './list-files.ts';
import { memoryGivenBack } from './memory.ts';
import { summaryLine } from './summary.ts';
import { moveInto, never, siteProblemsInThreads, startIndex, writeDataFilesInThread, type SearchIndexThread } from './threads.ts';

export interface SiteBuildOptions {
  /** The project's root folder. */
  root: string;
  /** The output folder Astro is configured with (published only at the end). */
  outDir: string;
  /** Astro's `base` and `site`, for page paths and the exports' absolute URLs. */
  base: string;
  site: string | undefined;
  /** Prints the phase line at the end (src/lib/build/phases.ts). */
  phaseLine?: () => string;
}

/** What runs beside Astro once the content has passed: the search index and the data files. */
interface Beside {
  /** The index of the pages, fed as Astro renders them. */
  search: SearchIndexThread;
  data: ReturnType<typeof writeDataFilesInThread>;
  /** The share images, written once the pages are. */
  images: ShareImage[];
  checkMs: number;
}

const hasErrors = (analysis: Analysis) => analysis.diagnostics.some((d) => d.severity === 'error');

/** Prints `message` (if any) and ends the build; the exit handler clears what it staged. */
function stop(message?: string): never {
  if (message) console.error(message);
  process.exit(1);
}

/** The first lines of an error's message, without a wall of stack frames. */
const briefly = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 24).join('\n');

/**
 * Starts a build: takes the lock (throws BuildLocked when another build holds
 * it), clears what an interrupted build left, and starts the content check.
 */
export function startSiteBuild(options: SiteBuildOptions) {
  const started = performance.now();
  // Resolved as the pages resolve process.cwd() (no trailing slash), so they find the corpus stored here.
  const root = resolve(options.root);
  const { base } = options;
  const paths = buildPaths(options.outDir, root);
  const outName = basename(paths.outDir);
  // Signals are handled before the lock is taken: a signal the moment after would otherwise end
  // the process with the lock held and nothing cleared (until then, there is nothing to clear).
  const onSignal = (signal: NodeJS.Signals) => stop(`✗ build stopped by ${signal}; ${outName}/ was left as it was.`);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const release = acquireLock(paths.lock);

  let threads: Beside | undefined;
  // Runs on every way out, success included: staging folders go, the lock is released.
  const clear = () => {
    setPageFeed(undefined);
    rmSync(paths.staging, { recursive: true, force: true });
    rmSync(paths.side, { recursive: true, force: true });
    release();
  };
  process.once('exit', clear);
  // Only now, with the lock held and a signal handled, is what an interrupted build left cleared.
  recoverInterrupted(paths);

  // The check leaves this thread to Astro, which starts meanwhile; its threads then compile each document for its page.
  const checking = runCheck(root, { inThisThread: false, compile: true, building: true });
  const beside = checking.then((analysis): Beside | undefined => {
    const checkMs = performance.now() - started;
    if (hasErrors(analysis)) return undefined;
    // Hand the analysis to the pages, with each document's text compiled (src/lib/corpus/document-content.ts).
    const { graph } = storeAnalysis(root, analysis);
    // Files written beside Astro go to a folder next to the staging one: Astro empties its output folder when it starts writing.
    rmSync(paths.side, { recursive: true, force: true });
    // The index takes each page as Astro renders it, a document page with its passages titled (src/lib/search/records.ts).
    const passages = Object.fromEntries(
      graph.documents.map((d) => [pageFile(siteRelative.document(d.slug)), Object.fromEntries(passageFacts(graph, d))] as const),
    );
    // Pagefind takes the pages sorted by file, each as soon as those before it have come (src/lib/search/page-order.ts),
    // and writes the index into the staging folder once the last has come, while Astro renders the passage pages.
    const search = startIndex({ expected: indexedPageFiles(graph), passages, outputPath: join(paths.staging, pagesIndexDir) });
    setPageFeed((page) => search.addPage(pageFile(page.path, base), page.html));
    // The data files depend on the graph alone: a thread writes them meanwhile.
    const data = writeDataFilesInThread({ corpus: graph.corpus, base, site: options.site, outDir: paths.side });
    // The index's last step waits for that thread to end and its memory to come back: both take much memory
    // (src/lib/search/index-worker.ts). A failure of the thread is reported where `done` is awaited.
    Promise.all([data.done, data.ended])
      .then(([answer]) => memoryGivenBack(answer.heapBytes))
      .then(() => search.allow())
      .catch(() => {});
    // And a thread starts drawing the share images, while Vite bundles (src/lib/share-images/prerender.ts).
    const images = shareImages(graph);
    if (process.env.SHARE_PRERENDER !== '0') prerenderShareImages(images, root);
    threads = { search, data, images, checkMs };
    return threads;
  });

  /** Resolves once the content has passed the check; otherwise ends the build (the check has printed every problem). */
  const contentPassed = async (): Promise<void> => {
    if (!(await beside)) stop();
  };

  // A thread beside Astro that fails (or whose Pagefind process dies) ends the build at once, not when Astro is done.
  void beside
    .then((b) => (b ? Promise.race([b.search.failed, b.data.done.then(never)]) : undefined))
    .catch((error: unknown) => stop(`✗ build failed: ${briefly(error)}`));

  /**
   * Once every page is written: the search index finished, the data files and
   * share images gathered into the staging folder, and the site gate's verdict.
   * Started at astro:build:generated, so it runs while the other integrations
   * finish (the sitemap of 10,000 documents took 4 s). Of what they write, the
   * pages link only to the sitemap: it counts as there, and finish() makes
   * sure it came.
   */
  const writtenLater = [siteRelative.sitemap().slice(1)];
  let gathered: Promise<{ problems: string[]; indexed: { pages: number; passages: number }; rendered: number }> | undefined;
  const gather = async (ready: Beside) => {
    setPageFeed(undefined);
    const rendered = performance.now();
    // Cost must stay linear: one analysis and one graph for the whole build.
    if (analysisCount() !== 1)
      throw new Error(`the content was analysed ${analysisCount()} times during the build; pages must share one corpus graph`);
    await ready.data.done;
    // The data files are moved into the site while the gate reads its pages: like the share images, they
    // are known, so they count as there (at 10,000 documents, moving their 30,000 files took 3 s before
    // the gate could start). They are JSON, JSON-LD and BibTeX (data-files.ts): no page for the gate to read.
    const dataFiles = filesUnder(paths.side);
    // The index is written (usually it already is): no page links to its files, so the gate need not wait.
    const indexing = ready.search.finish();
    indexing.catch(() => {}); // awaited below
    // Defence in depth: whatever the check missed, no page may link to
    // another scheme, to a path with no file, or repeat an id. The pages
    // are read while the share images are written, whose files are known:
    // read after them, the pages were a last stretch of one busy core.
    const gate = siteProblemsInThreads({
      dir: paths.staging,
      base,
      coming: [...dataFiles, ...ready.images.map((i) => i.file), ...writtenLater],
    });
    gate.catch(() => {}); // awaited below
    moveInto(paths.side, paths.staging);
    // The share images are copied from their cache (those not drawn yet are drawn first).
    await writeShareImages(ready.images, paths.staging, root);
    const [problems, indexed] = await Promise.all([gate, indexing]);
    return { problems, indexed, rendered };
  };
  const gatherOnce = (ready: Beside) => {
    gathered ??= gather(ready);
    gathered.catch(() => {}); // reported by finish()
    return gathered;
  };

  return {
    /** Astro's output folder for this build: the staging folder. */
    stagingDir: paths.staging,
    contentPassed,
    /** Every page is written (astro:build:generated): starts gathering and checking the site. */
    pagesWritten(): void {
      if (threads) void gatherOnce(threads);
    },
    /** Writes the pages' index, checks the whole site and publishes it. */
    async finish(): Promise<void> {
      const ready = threads;
      if (!ready) return stop('✗ build failed: Astro finished before the content check did');
      try {
        const { problems, indexed, rendered } = await gatherOnce(ready);
        for (const file of writtenLater)
          if (!existsSync(join(paths.staging, file))) problems.push(`${file}: missing: pages link to it, and no integration wrote it`);
        if (problems.length > 0) {
          const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : '';
          throw new Error(`the built site failed its last check, so it was not published:\n${problems.slice(0, 20).join('\n')}${more}`);
        }
        // Everything is written: the staged site replaces the published one.
        publish(paths);
        console.log(
          summaryLine({
            outDir: outName,
            checkMs: ready.checkMs,
            astroMs: rendered - started,
            pagefindMs: performance.now() - rendered,
            pages: indexed.pages,
            passages: indexed.passages,
          }),
        );
        if (options.phaseLine) console.log(options.phaseLine());
      } catch (error) {
        stop(`✗ build failed: ${briefly(error)}`);
      } finally {
        await Promise.all([ready.search.stop(), ready.data.stop()]);
      }
      clear();
      process.off('exit', clear);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
