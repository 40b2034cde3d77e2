// `npm run bench [-- 200 1000 3000] [--runs=N] [--no-baseline] [--no-search] [--no-pathological] [--rebuild] [--heap=MB] [--keep] [--out=file.json]`
//
// For each size: generates a synthetic corpus in a temporary folder, builds
// this site from it (check + Astro + Pagefind, `astro build` as a child
// process) and a plain Astro baseline of the same MDX (components replaced by
// <span>s, no analyser, no graph; Astro + Pagefind) and a fair baseline (the
// same, with one plain page per entity and per claim, so it renders and
// indexes as many pages as this site does), then prints wall time,
// peak memory, size of the output, page weight, JavaScript on reading pages,
// and search bytes and latency in Chromium. Figures, never assertions.
// With --runs=N each build runs N times (baseline and site in turn) and the
// fastest run is kept: other work on a shared machine only ever adds time.
// Every build starts cold (no Astro, Vite or share-image cache); --rebuild
// also times one more build of the site with the share images already in
// their cache (node_modules/.cache), as a second `npm run build` would be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateCorpus } from './corpus.ts';
import { parsePhases, type BuildPhases } from '../../src/lib/build/phases.ts';
import { parseSummary } from '../../src/lib/build/summary.ts';
import { threadNames } from '../../src/lib/build/thread-names.ts';
import { distStats, pageWeights, runMeasured, type RunResult } from './measure.ts';
import { writeBaselineProject, writeSiteProject } from './project.ts';
import { pathologicalLine } from './pathological.ts';
import { searchBench, type SearchFigures } from './search.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const sizes = args.filter((a) => /^\d[\d_,]*$/.test(a)).map((a) => Number(a.replace(/[_,]/g, '')));
if (sizes.length === 0) sizes.push(200, 1000, 3000);
const heap = option('heap');
const runs = Math.max(1, Number(option('runs') ?? 1));
const work = mkdtempSync(join(tmpdir(), 'reader-bench-'));
const out = option('out') ?? join(work, 'results.json');

interface Build {
  wallS: number;
  /** User + system CPU seconds of the build's process tree, if /usr/bin/time is installed. */
  cpuS?: number;
  /** CPU seconds by thread name, sampled (see runMeasured). */
  cpuByThread: Record<string, number>;
  /** 1-minute load average at the end of the run. */
  load: number;
  peakMiB: number;
  /** At the peak, MiB by kind of process: Node (Astro and its threads) and Pagefind's binary. */
  peakByProcess: Record<string, number>;
  checkS: number;
  astroS: number;
  pagefindS: number;
  pages: number;
  /** When each phase ended, if the build printed its phase line. */
  phases?: BuildPhases;
}
interface SizeResult {
  documents: number;
  corpusMiB: number;
  ours: Build & ReturnType<typeof distStats> & ReturnType<typeof pageWeights>;
  baseline?: Build & ReturnType<typeof distStats>;
  /** The plain baseline with a page per entity and per claim as well. */
  fair?: Build & ReturnType<typeof distStats>;
  search?: SearchFigures;
  /** A second build of the site, its share images cached (--rebuild). */
  rebuild?: Build;
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const log = (message: string) => console.error(`[bench] ${message}`);

function summarise(name: string, run: RunResult): Build {
  const summary = parseSummary(run.stdout);
  if (run.code !== 0 || !summary) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-4000));
    throw new Error(run.code === 0 ? `${name} build printed no summary line` : `${name} build failed (exit ${run.code})`);
  }
  const phases = parsePhases(run.stdout);
  return {
    wallS: run.wallMs / 1000,
    peakMiB: mib(run.peakRss),
    peakByProcess: Object.fromEntries(Object.entries(run.peakByProcess).map(([name, bytes]) => [name, mib(bytes)])),
    load: run.load,
    cpuByThread: run.cpuByThread,
    ...(run.cpuMs !== undefined ? { cpuS: run.cpuMs / 1000 } : {}),
    ...summary,
    ...(phases ? { phases } : {}),
  };
}

const nodeArgs = heap ? [`--max-old-space-size=${heap}`] : [];
const results: SizeResult[] = [];
// The projects are removed only after the last build: on ext4 without a
// journal, creating files within minutes of deleting many makes the kernel
// step over each recently freed inode; in one profiled build here that was
// 13 % of the CPU samples, and the same build ran 42 to 69 s.
const projects: string[] = [];

for (const size of sizes) {
  log(`${size} documents: generating the corpus`);
  const corpus = generateCorpus({ documents: size });
  const corpusBytes = corpus.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const sizeDir = join(work, String(size));
  const site = join(sizeDir, 'site');
  const base = join(sizeDir, 'baseline');
  const fairDir = join(sizeDir, 'fair-baseline');
  mkdirSync(sizeDir, { recursive: true });
  projects.push(sizeDir);
  writeSiteProject(repo, site, corpus.files);

  if (!flag('no-baseline')) {
    writeBaselineProject(repo, base, corpus.files);
    writeBaselineProject(repo, fairDir, corpus.files, { fair: true });
  }
  let baselineBuild: Build | undefined;
  let fairBuild: Build | undefined;
  let siteBuild: Build | undefined;
  const fastest = (a: Build | undefined, b: Build) => (a && a.wallS <= b.wallS ? a : b);
  for (let run = 1; run <= runs; run++) {
    const of = runs > 1 ? ` (run ${run} of ${runs})` : '';
    if (!flag('no-baseline')) {
      rmSync(join(base, 'dist'), { recursive: true, force: true });
      rmSync(join(base, 'node_modules', '.astro'), { recursive: true, force: true });
      log(`${size} documents: building the baseline${of}`);
      const b = summarise('baseline', await runMeasured(process.execPath, [...nodeArgs, 'build.mjs'], base));
      log(`  baseline: ${b.wallS.toFixed(1)} s, ${b.cpuS?.toFixed(1) ?? '?'} s CPU, ${b.peakMiB.toFixed(0)} MiB, load ${b.load}`);
      baselineBuild = fastest(baselineBuild, b);
      rmSync(join(fairDir, 'dist'), { recursive: true, force: true });
      rmSync(join(fairDir, 'node_modules', '.astro'), { recursive: true, force: true });
      log(`${size} documents: building the fair baseline${of}`);
      const f = summarise('fair baseline', await runMeasured(process.execPath, [...nodeArgs, 'build.mjs'], fairDir));
      log(
        `  fair baseline: ${f.wallS.toFixed(1)} s, ${f.cpuS?.toFixed(1) ?? '?'} s CPU, ${f.peakMiB.toFixed(0)} MiB, ${f.pages} pages, load ${f.load}`,
      );
      fairBuild = fastest(fairBuild, f);
    }
    rmSync(join(site, 'dist'), { recursive: true, force: true });
    rmSync(join(site, 'node_modules', '.astro'), { recursive: true, force: true });
    rmSync(join(site, 'node_modules', '.cache'), { recursive: true, force: true });
    log(`${size} documents: building the site (check + Astro + Pagefind)${of}`);
    const o = summarise(
      'site',
      await runMeasured(process.execPath, [...nodeArgs, join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], site),
    );
    log(`  site: ${o.wallS.toFixed(1)} s, ${o.cpuS?.toFixed(1) ?? '?'} s CPU, ${o.peakMiB.toFixed(0)} MiB, load ${o.load}`);
    siteBuild = fastest(siteBuild, o);
  }
  const baseline = baselineBuild && { ...baselineBuild, ...distStats(join(base, 'dist')) };
  const fair = fairBuild && { ...fairBuild, ...distStats(join(fairDir, 'dist')) };
  let rebuild: Build | undefined;
  if (flag('rebuild')) {
    // Astro's and Vite's caches go; the share images' stays, as the last cold build left it.
    rmSync(join(site, 'node_modules', '.astro'), { recursive: true, force: true });
    log(`${size} documents: building the site again, share images cached`);
    rebuild = summarise(
      'site rebuild',
      await runMeasured(process.execPath, [...nodeArgs, join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], site),
    );
    log(
      `  rebuild: ${rebuild.wallS.toFixed(1)} s, ${rebuild.cpuS?.toFixed(1) ?? '?'} s CPU, ${rebuild.peakMiB.toFixed(0)} MiB, load ${rebuild.load}`,
    );
  }
  const build = siteBuild!;
  const dist = join(site, 'dist');
  const ours = { ...build, ...distStats(dist), ...pageWeights(dist) };

  let search: SearchFigures | undefined;
  if (!flag('no-search')) {
    log(`${size} documents: searching in Chromium`);
    const invented = corpus.vocabulary.slice(corpus.vocabulary.indexOf('data') + 1);
    const surname = (i: number) => corpus.names[i]!.split(' ').pop()!;
    search = await searchBench(dist, [
      invented[40]!,
      surname(120),
      invented[7]!,
      invented[150]!,
      surname(200),
      invented[90]!,
      `"${corpus.names[150]}"`,
    ]);
  }
  results.push({
    documents: size,
    corpusMiB: mib(corpusBytes),
    ours,
    ...(baseline ? { baseline } : {}),
    ...(fair ? { fair } : {}),
    ...(search ? { search } : {}),
    ...(rebuild ? { rebuild } : {}),
  });
  writeFileSync(out, JSON.stringify({ node: process.version, heapMiB: heap ?? 'default', results }, null, 2));
}

// The table: one column per size.
const f1 = (n: number) => n.toFixed(1);
/**
 * Where the time goes, ours against the baseline, phase by phase (each from
 * the end of the one before; see src/lib/build/phases.ts).
 */
function phaseRows(): [string, (r: SizeResult) => string][] {
  type Side = SizeResult['ours'] | SizeResult['baseline'];
  const span = (b: Side, from: keyof BuildPhases | undefined, to: keyof BuildPhases) =>
    b?.phases ? b.phases[to] - (from ? b.phases[from] : 0) : undefined;
  const pair = (r: SizeResult, from: keyof BuildPhases | undefined, to: keyof BuildPhases) => {
    const [o, b] = [span(r.ours, from, to), span(r.baseline, from, to)];
    return o === undefined ? 'n/a' : `${f1(o)} / ${b === undefined ? 'n/a' : f1(b)} s`;
  };
  const perPage = (b: Side) => {
    const s = span(b, 'bundled', 'rendered');
    return s === undefined || !b?.htmlPages ? 'n/a' : `${((s * 1000) / b.htmlPages).toFixed(1)} ms`;
  };
  return [
    ['phases, ours / baseline: start, config and content sync', (r) => pair(r, undefined, 'synced')],
    ['  waiting for the check (ours only; it runs during the sync)', (r) => pair(r, 'synced', 'bundling')],
    ['  bundling (Vite)', (r) => pair(r, 'bundling', 'bundled')],
    ['  rendering and writing the pages', (r) => pair(r, 'bundled', 'rendered')],
    [
      '  pages rendered, and time per page (ours / baseline)',
      (r) => `${r.ours.htmlPages} / ${r.baseline?.htmlPages ?? 'n/a'}; ${perPage(r.ours)} / ${perPage(r.baseline)}`,
    ],
    ["  after the pages: Astro's last steps, then the search index", (r) => pair(r, 'rendered', 'indexed')],
  ];
}

/** The worker threads this site's build starts, by the name each is given. */
const ownThreads: string[] = Object.values(threadNames);
/** CPU seconds of a build by what ran: Astro's thread, the site's own threads, V8's helpers, Pagefind, file system, the rest. */
function cpuByRole(b: Build): string {
  const of = (name: string) => b.cpuByThread[name] ?? 0;
  const roles = [of('MainThread'), ownThreads.reduce((sum, name) => sum + of(name), 0), of('V8Worker'), of('pagefind'), of('libuv-worker')];
  const all = Object.values(b.cpuByThread).reduce((sum, s) => sum + s, 0);
  return `${[...roles, all - roles.reduce((sum, s) => sum + s, 0)].map(f1).join(' / ')} s`;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: [string, (r: SizeResult, i: number) => string][] = [
  ['corpus (MDX + archive + records)', (r) => `${f1(r.corpusMiB)} MiB`],
  ['**our build: wall time**', (r) => `**${f1(r.ours.wallS)} s**`],
  [
    '  check done / pages written (from the start: the check runs while Astro starts) / index written (after)',
    (r) => `${f1(r.ours.checkS)} / ${f1(r.ours.astroS)} / ${f1(r.ours.pagefindS)} s`,
  ],
  ['  ms per document', (r) => ((r.ours.wallS * 1000) / r.documents).toFixed(1)],
  [
    '  wall-time growth from previous size (time / documents)',
    (r, i) =>
      i === 0
        ? '–'
        : `${(r.ours.wallS / results[i - 1]!.ours.wallS).toFixed(2)}x / ${(r.documents / results[i - 1]!.documents).toFixed(2)}x`,
  ],
  ['  peak memory (RSS, process tree)', (r) => `${r.ours.peakMiB.toFixed(0)} MiB`],
  [
    '  at the peak: Node (Astro and its threads) / Pagefind',
    (r) => `${(r.ours.peakByProcess.node ?? 0).toFixed(0)} / ${(r.ours.peakByProcess.pagefind ?? 0).toFixed(0)} MiB`,
  ],
  ['  CPU time, user + system', (r) => (r.ours.cpuS !== undefined ? `${f1(r.ours.cpuS)} s` : 'n/a')],
  [
    '  CPU growth from previous size (ours / baseline / documents)',
    (r, i) => {
      const p = results[i - 1];
      if (!p || r.ours.cpuS === undefined || p.ours.cpuS === undefined) return '–';
      const base = r.baseline?.cpuS && p.baseline?.cpuS ? `${(r.baseline.cpuS / p.baseline.cpuS).toFixed(2)}x` : 'n/a';
      return `${(r.ours.cpuS / p.ours.cpuS).toFixed(2)}x / ${base} / ${(r.documents / p.documents).toFixed(2)}x`;
    },
  ],
  [
    "  CPU by thread (sampled): Astro's / this site's threads / V8's helpers (garbage collection, compiling) / Pagefind / file system / the rest",
    (r) => cpuByRole(r.ours),
  ],
  [
    "  this site's threads: check / search index / data files / share images / site gate",
    (r) => `${ownThreads.map((name) => f1(r.ours.cpuByThread[name] ?? 0)).join(' / ')} s`,
  ],
  ...phaseRows(),
  ['baseline build: wall time', (r) => (r.baseline ? `${f1(r.baseline.wallS)} s` : 'n/a')],
  ['  Astro / Pagefind', (r) => (r.baseline ? `${f1(r.baseline.astroS)} / ${f1(r.baseline.pagefindS)} s` : 'n/a')],
  ['  CPU time, user + system', (r) => (r.baseline?.cpuS !== undefined ? `${f1(r.baseline.cpuS)} s` : 'n/a')],
  ['  peak memory', (r) => (r.baseline ? `${r.baseline.peakMiB.toFixed(0)} MiB` : 'n/a')],
  ['**ours / baseline (wall time)**', (r) => (r.baseline ? `**${(r.ours.wallS / r.baseline.wallS).toFixed(2)}**` : 'n/a')],
  [
    'fair baseline (a page per entity and claim too): wall time / CPU time',
    (r) => (r.fair ? `${f1(r.fair.wallS)} / ${r.fair.cpuS !== undefined ? f1(r.fair.cpuS) : 'n/a'} s` : 'n/a'),
  ],
  ['  peak memory; pages indexed', (r) => (r.fair ? `${r.fair.peakMiB.toFixed(0)} MiB; ${r.fair.pages}` : 'n/a')],
  ['  CPU by thread, as for ours', (r) => (r.fair ? cpuByRole(r.fair) : 'n/a')],
  ['**ours / fair baseline (wall time)**', (r) => (r.fair ? `**${(r.ours.wallS / r.fair.wallS).toFixed(2)}**` : 'n/a')],
  ['ours / fair baseline (CPU time)', (r) => (r.ours.cpuS && r.fair?.cpuS ? (r.ours.cpuS / r.fair.cpuS).toFixed(2) : 'n/a')],
  ['ours / baseline (CPU time)', (r) => (r.ours.cpuS && r.baseline?.cpuS ? (r.ours.cpuS / r.baseline.cpuS).toFixed(2) : 'n/a')],
  [
    'rebuild with the share images cached (--rebuild): wall time / CPU time',
    (r) => (r.rebuild ? `${f1(r.rebuild.wallS)} / ${r.rebuild.cpuS !== undefined ? f1(r.rebuild.cpuS) : 'n/a'} s` : 'n/a'),
  ],
  ['load average at the end (ours / baseline)', (r) => `${r.ours.load.toFixed(1)} / ${r.baseline ? r.baseline.load.toFixed(1) : 'n/a'}`],
  ['pages indexed (ours / baseline)', (r) => `${r.ours.pages} / ${r.baseline?.pages ?? 'n/a'}`],
  ['dist/ size (ours / baseline)', (r) => `${f1(mib(r.ours.distBytes))} / ${r.baseline ? f1(mib(r.baseline.distBytes)) : 'n/a'} MiB`],
  [
    'Pagefind index size (ours / baseline)',
    (r) => `${f1(mib(r.ours.indexBytes))} / ${r.baseline ? f1(mib(r.baseline.indexBytes)) : 'n/a'} MiB`,
  ],
  ['document page, HTML + CSS gzip (median / max)', (r) => `${kb(r.ours.medianGzip)} / ${kb(r.ours.maxGzip)}`],
  ['largest HTML page (uncompressed)', (r) => `${kb(r.ours.largestHtml.bytes)} (${r.ours.largestHtml.path.replace(/index\.html$/, '')})`],
  [
    '/quotes/ pages, HTML: the index / largest speaker list / largest passage page',
    (r) => `${kb(r.ours.quotesIndexHtml.bytes)} / ${kb(r.ours.largestSpeakerListHtml.bytes)} / ${kb(r.ours.largestPassageHtml.bytes)}`,
  ],
  ['JavaScript on reading pages (bytes, pages with any)', (r) => `${r.ours.readingPagesJsBytes} B, ${r.ours.readingPagesWithJs} pages`],
  ['search: first query, bytes (requests)', (r) => (r.search ? `${kb(r.search.firstBytes)} (${r.search.firstRequests})` : 'n/a')],
  ['search: first query, bytes over the network', (r) => (r.search ? kb(r.search.firstTransferred) : 'n/a')],
  [
    'over the network: script and wasm / indexes’ metadata / word index / filters / results',
    (r) => {
      const k = r.search?.firstByKind;
      return k ? [k.code, k.metadata, k.words, k.filters, k.results].map(kb).join(' / ') : 'n/a';
    },
  ],
  ['search: later query, bytes (requests)', (r) => (r.search ? `${kb(r.search.laterBytes)} (${r.search.laterRequests})` : 'n/a')],
  [
    'search: pagefind.search() cold / warm median',
    (r) => (r.search ? `${r.search.coldMs.toFixed(0)} / ${r.search.warmMs.toFixed(0)} ms` : 'n/a'),
  ],
];
const header = `| | ${results.map((r) => `${r.documents.toLocaleString('en')} docs`).join(' | ')} |`;
console.log(`\n${header}\n|---|${results.map(() => '---:').join('|')}|`);
for (const [name, cell] of rows) console.log(`| ${name.trim()} | ${results.map((r, i) => cell(r, i)).join(' | ')} |`);
console.log(
  `\nNode ${process.version}, heap limit ${heap ? `${heap} MiB` : 'default'}, fastest of ${runs} run${runs === 1 ? '' : 's'}; ${results[0]?.search ? `queries: ${results[0].search.firstQuery}, then ${results[0].search.laterQuery}` : ''}`,
);
// Linear time on repeated text: the shared-passage search on 5 MB of one repeated sentence against 5 MB of random words.
if (!flag('no-pathological')) console.log(pathologicalLine());
console.log(`Results as JSON: ${out}`);
if (!flag('keep')) {
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
  log(`temporary projects removed; results kept in ${work}`);
}
