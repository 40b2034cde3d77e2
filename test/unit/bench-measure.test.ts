import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pageWeights, runMeasured } from '../../scripts/bench/measure.ts';

const dist = mkdtempSync(join(tmpdir(), 'reader-weights-'));
const write = (path: string, text: string) => {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
};
write('_astro/site.css', 'body { margin: 0 }');
write('_astro/app.js', 'console.log("hello")');
write(
  'documents/one/index.html',
  '<link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"@type":"NewsArticle"}</script><p>Text</p>',
);
write('documents/index.html', `<ul>${'<li>a document</li>'.repeat(500)}</ul>`);
write('entities/x/index.html', '<script type="module" src="/_astro/app.js"></script>');
write('search/index.html', '<script type="module">import("/pagefind/pagefind.js")</script>');
write('quotes/index.html', '<ul><li>a speaker</li></ul>');
write('quotes/by/someone/index.html', `<ol>${'<li>a passage</li>'.repeat(50)}</ol>`);
write('quotes/one/q-x-1/index.html', '<blockquote>words</blockquote>');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the weight of reading pages', () => {
  const weights = pageWeights(dist);

  test('counts each document page, not the list of documents', () => {
    expect(weights.documentPages).toBe(1);
  });

  test('counts scripts a reading page runs, but not JSON-LD data blocks nor the search page', () => {
    expect(weights.readingPagesJsBytes).toBe(Buffer.byteLength('console.log("hello")'));
    expect(weights.readingPagesWithJs).toBe(1);
  });
});

describe('the size of the largest pages', () => {
  const weights = pageWeights(dist);

  test('names the largest HTML page of the site and its size', () => {
    expect(weights.largestHtml).toEqual({
      path: '/documents/index.html',
      bytes: Buffer.byteLength(`<ul>${'<li>a document</li>'.repeat(500)}</ul>`),
    });
  });

  test('measures the quotes index, the largest speaker list and the largest passage page apart', () => {
    expect(weights.quotesIndexHtml.bytes).toBe(Buffer.byteLength('<ul><li>a speaker</li></ul>'));
    expect(weights.largestSpeakerListHtml.path).toBe('/quotes/by/someone/index.html');
    expect(weights.largestPassageHtml.path).toBe('/quotes/one/q-x-1/index.html');
  });
});

describe('measuring a run', () => {
  test('samples the peak memory of the process tree, and what each kind of process held at that peak', async () => {
    // A Node process that holds about 200 MB for a moment.
    const run = await runMeasured(process.execPath, ['-e', 'const b = Buffer.alloc(200e6, 1); setTimeout(() => b.length, 600);'], tmpdir());
    expect(run.code).toBe(0);
    expect(run.peakRss).toBeGreaterThan(200e6);
    expect(run.peakByProcess.node).toBeGreaterThan(200e6);
    expect(Object.values(run.peakByProcess).reduce((a, b) => a + b, 0)).toBe(run.peakRss);
  });

  test('samples the CPU time of each thread, a worker thread by the name it was given', async () => {
    // A named worker thread busy for 600 ms of its own CPU time while the main thread waits, then the main
    // thread busy for 400 ms (counted by each thread's own clock, so a busy machine only makes it longer).
    const spin =
      'const used = () => { const u = process.threadCpuUsage(); return u.user + u.system; }; const spin = (ms) => { const end = used() + ms * 1000; while (used() < end); };';
    const script = `
      const { Worker } = require('node:worker_threads');
      ${spin}
      const worker = new Worker(${JSON.stringify(`${spin} spin(600);`)}, { eval: true, name: 'spinner' });
      worker.on('exit', () => spin(400));`;
    const run = await runMeasured(process.execPath, ['-e', script], tmpdir());
    expect(run.code).toBe(0);
    expect(run.cpuByThread.spinner).toBeGreaterThanOrEqual(0.4);
    expect(run.cpuByThread.spinner).toBeLessThan(0.9);
    expect(run.cpuByThread.MainThread).toBeGreaterThanOrEqual(0.3);
    const sampled = Object.values(run.cpuByThread).reduce((a, b) => a + b, 0);
    if (run.cpuMs !== undefined) expect(sampled).toBeLessThanOrEqual(run.cpuMs / 1000 + 0.05);
  });
});
