// Measuring a build: wall time and peak memory of a child process (its whole
// process tree, Pagefind's binary included), and what the build wrote.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pagesIndexDir } from '../../src/lib/search/indexes.ts';

export interface RunResult {
  code: number | null;
  wallMs: number;
  /** Highest sum of resident memory over the process and its descendants, sampled every 100 ms. */
  peakRss: number;
  /** At that peak, the resident memory of each kind of process (Node, Pagefind's binary), by command name. */
  peakByProcess: Record<string, number>;
  /** User + system CPU time of the process and its descendants (from /usr/bin/time), when available. */
  cpuMs?: number;
  /**
   * CPU seconds by thread name (see threadCpu), sampled with the memory: a
   * thread that ends between two samples loses at most 100 ms of its time.
   */
  cpuByThread: Record<string, number>;
  /** The 1-minute load average when the run ended: other work on the machine inflates wall time. */
  load: number;
  stdout: string;
  stderr: string;
}

const pageSize = 4096;
const cpuMarker = '__bench_cpu__';

/** Resident bytes of `root` and every process below it, read from /proc, in all and by command name; and each process's id and name. */
function treeRss(root: number): { total: number; byName: Record<string, number>; processes: { pid: number; name: string }[] } {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  const names = new Map<number, string>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      // Node's main thread names itself "MainThread"; Pagefind's binary is "pagefind_extend…".
      const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      names.set(Number(name), command === 'MainThread' ? 'node' : command.startsWith('pagefind') ? 'pagefind' : command);
      rss.set(Number(name), Number(fields[21]) * pageSize);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const byName: Record<string, number> = {};
  const processes: { pid: number; name: string }[] = [];
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total += bytes;
        const command = names.get(pid) ?? '?';
        processes.push({ pid, name: command });
        byName[command] = (byName[command] ?? 0) + bytes;
        break;
      }
    }
  }
  return { total, byName, processes };
}

/** /proc counts CPU time in ticks of 1/100 s on Linux, whatever the kernel's own clock. */
const ticksPerSecond = 100;

/**
 * Records in `seen` the CPU time so far of every thread of `pids`, by thread
 * id, named as threadCpu sums them: each thread of a Node process by its own
 * name (its main thread "MainThread", V8's helpers "V8Worker", libuv's file
 * system threads "libuv-worker", a worker thread by the `name` it was given),
 * and every thread of another program by the program (Pagefind's binary
 * "pagefind" with its Tokio threads).
 */
function sampleThreads(processes: { pid: number; name: string }[], seen: Map<string, { name: string; ticks: number }>): void {
  for (const { pid, name: program } of processes) {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // The process ended while we looked.
    }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const name = program === 'node' ? stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) : program;
        seen.set(`${pid}/${tid}`, { name, ticks: Number(fields[11]) + Number(fields[12]) });
      } catch {
        // The thread ended while we looked.
      }
    }
  }
}

/** CPU seconds by thread name, from what sampleThreads recorded. */
function threadCpu(seen: Map<string, { name: string; ticks: number }>): Record<string, number> {
  const byName: Record<string, number> = {};
  for (const { name, ticks } of seen.values()) byName[name] = (byName[name] ?? 0) + ticks / ticksPerSecond;
  return byName;
}

/** Runs a command to completion, timing it and sampling its memory. */
export function runMeasured(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // GNU time reports the CPU time of the whole tree (Pagefind's binary included) on its last stderr line.
    const timed = existsSync('/usr/bin/time');
    const started = performance.now();
    const child = timed
      ? spawn('/usr/bin/time', ['-f', `${cpuMarker} %U %S`, command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peakRss = 0;
    let peakByProcess: Record<string, number> = {};
    const threads = new Map<string, { name: string; ticks: number }>();
    const sample = () => {
      if (!child.pid) return;
      const now = treeRss(child.pid);
      if (now.total > peakRss) [peakRss, peakByProcess] = [now.total, now.byName];
      sampleThreads(now.processes, threads);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      const cpu = new RegExp(`${cpuMarker} ([\\d.]+) ([\\d.]+)`).exec(stderr);
      const load = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
      resolve({
        code,
        wallMs,
        peakRss,
        peakByProcess,
        cpuByThread: threadCpu(threads),
        stdout,
        stderr,
        load,
        ...(cpu ? { cpuMs: (Number(cpu[1]) + Number(cpu[2])) * 1000 } : {}),
      });
    });
  });
}

function folderBytes(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  if (!existsSync(dir)) return { bytes, files, html };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
    if (entry.name.endsWith('.html')) html++;
  }
  return { bytes, files, html };
}

export function distStats(dist: string) {
  const all = folderBytes(dist);
  const index = folderBytes(join(dist, pagesIndexDir));
  // Every HTML file is a page Astro rendered (Pagefind writes none).
  return { distBytes: all.bytes, distFiles: all.files, htmlPages: all.html, indexBytes: index.bytes, indexFiles: index.files };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

/**
 * What a reader downloads for each document page: its HTML and the stylesheets
 * it links, each gzipped as a server would send them; and the JavaScript any
 * page but the search page loads (inline or by src, module preloads included;
 * JSON-LD data blocks are not scripts).
 */
export function pageWeights(dist: string) {
  const gz = new Map<string, number>();
  const gzipOf = (path: string) => {
    if (!gz.has(path)) gz.set(path, gzipSync(readFileSync(path)).length);
    return gz.get(path)!;
  };
  const local = (href: string) => join(dist, href.replace(/^\//, '').split(/[?#]/)[0]!);
  const weights: number[] = [];
  let jsBytes = 0;
  let scriptPages = 0;
  // The largest page of all, and of each kind of page under /quotes/ (the index, a speaker's list, a passage).
  const largest = {
    page: { path: '', bytes: 0 },
    quotesIndex: { path: '', bytes: 0 },
    speakerList: { path: '', bytes: 0 },
    passage: { path: '', bytes: 0 },
  };
  const keep = (which: keyof typeof largest, path: string, bytes: number) => {
    if (bytes > largest[which].bytes) largest[which] = { path, bytes };
  };
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const rel = path.slice(dist.length);
    const bytes = statSync(path).size;
    keep('page', rel, bytes);
    if (rel === '/quotes/index.html') keep('quotesIndex', rel, bytes);
    else if (rel.startsWith('/quotes/by/')) keep('speakerList', rel, bytes);
    else if (/^\/quotes\/[^/]+\/[^/]+\/index\.html$/.test(rel)) keep('passage', rel, bytes);
    if (entry.name !== 'index.html' || rel.startsWith('/search/')) continue;
    const html = readFileSync(path, 'utf8');
    let js = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      // Data blocks (JSON-LD) are not run: only classic and module scripts count.
      const type = /\btype="([^"]*)"/.exec(m[1]!)?.[1];
      if (type !== undefined && !['module', 'text/javascript', 'application/javascript'].includes(type)) continue;
      const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1];
      js += src ? (existsSync(local(src)) ? statSync(local(src)).size : 1) : Buffer.byteLength(m[2]!);
    }
    for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
      if (href && existsSync(local(href))) js += statSync(local(href)).size;
    }
    jsBytes += js;
    if (js > 0) scriptPages++;
    // A document page, not the list of documents.
    if (!/^\/documents\/[^/]+\/index\.html$/.test(rel)) continue;
    let weight = gzipOf(path);
    for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
      if (href && existsSync(local(href))) weight += gzipOf(local(href));
    }
    weights.push(weight);
  }
  return {
    documentPages: weights.length,
    medianGzip: median(weights),
    maxGzip: weights.length ? Math.max(...weights) : 0,
    readingPagesJsBytes: jsBytes,
    readingPagesWithJs: scriptPages,
    /** Uncompressed HTML: the largest page, and the largest of each kind under /quotes/. */
    largestHtml: largest.page,
    quotesIndexHtml: largest.quotesIndex,
    largestSpeakerListHtml: largest.speakerList,
    largestPassageHtml: largest.passage,
  };
}
