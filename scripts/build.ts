// `npm run build`: checks the content, then builds the site into dist/ and
// indexes it with Pagefind. Nothing is written when the content has errors.
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { runCheck } from './check.ts';
import { analysisCount, storeAnalysis } from '../src/lib/corpus-store.ts';
import { quoteRecords } from '../src/lib/search-records.ts';

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

  const started = performance.now();
  await build({ root, logLevel: 'warn', outDir });
  const built = performance.now();
  // Cost must stay linear: one analysis and one graph for the whole build.
  if (analysisCount() !== 1) throw new Error(`the content was analysed ${analysisCount()} times during the build; pages must share one corpus graph`);

  const { index, errors } = await pagefind.createIndex({});
  if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  // One record per quote, so quotes can be found and filtered by speaker, outlet and claim.
  const quotes = quoteRecords(graph);
  for (const record of quotes) {
    const result = await index.addCustomRecord(record);
    if (result.errors.length > 0) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();

  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`✓ checked the content in ${seconds(checked)} s; built ${outDir}/ in ${seconds(built - started)} s; indexed ${added.page_count} pages and ${quotes.length} quotes in ${seconds(performance.now() - built)} s.`);
  return true;
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
