import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { decodeAttribute, pageProblems, siteProblems } from '../../src/lib/build/site-gate.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const files = new Set(['index.html', 'documents/a/index.html', '_astro/site.css', 'favicon.svg']);
const exists = (file: string) => files.has(file);
const page = (body: string, base = '/') =>
  pageProblems(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`, `${base}documents/a/`, base, exists);

describe('the last gate before publishing', () => {
  it('passes links to http(s), mailto, fragments and files of the site', () => {
    expect(
      page(
        '<a href="https://example.org/x">x</a><a href="mailto:a@b.org">m</a><a href="#q-1">f</a><a href="/">home</a>' +
          '<a href="../../documents/a/?q=1#x">self</a><link href="/_astro/site.css" rel="stylesheet"><img src="/favicon.svg" alt="">',
      ),
    ).toEqual([]);
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>', 'href="javascript:alert(1)": the scheme "javascript:" is not allowed'],
    ['<a href="java&#x09;script&colon;alert(1)">x</a>', 'href="java\tscript:alert(1)": the scheme "javascript:" is not allowed'],
    ['<a href=" JavaScript:alert(1)">x</a>', 'href=" JavaScript:alert(1)": the scheme "javascript:" is not allowed'],
    ['<img src="data:image/png;base64,AAAA" alt="">', 'src="data:image/png;base64,AAAA": the scheme "data:" is not allowed'],
    ['<img srcset="/favicon.svg 1x, file:///etc/passwd 2x" alt="">', 'srcset="file:///etc/passwd": the scheme "file:" is not allowed'],
    ['<form action="vbscript:x"></form>', 'action="vbscript:x": the scheme "vbscript:" is not allowed'],
    ['<button formaction="javascript:x">b</button>', 'formaction="javascript:x": the scheme "javascript:" is not allowed'],
    ['<a href="//evil.example/">x</a>', 'href="//evil.example/": a protocol-relative URL is not allowed'],
    ['<a href="../../../../etc/passwd">x</a>', 'href="../../../../etc/passwd": no file in the site at /etc/passwd'],
    ['<a href="/documents/b/">x</a>', 'href="/documents/b/": no file in the site at /documents/b/'],
    ["<a id=x>1</a><span id='x'>2</span>", 'id "x" is used 2 times'],
  ])('fails %s', (html, problem) => {
    expect(page(html)).toEqual([problem]);
  });

  it('keeps links under the base path', () => {
    expect(page('<a href="/reader/documents/a/">in</a>', '/reader/')).toEqual([]);
    expect(page('<a href="/other/">out</a>', '/reader/')).toEqual(['href="/other/": it points outside the site\'s base /reader/']);
  });

  it('does not read script or style bodies, or comments, as markup', () => {
    expect(
      page(
        '<script type="application/ld+json">{"a":"<a href=\\"javascript:x\\">"}</script><style>a[id="q"]{}</style><!-- <a href="javascript:x"> -->',
      ),
    ).toEqual([]);
  });

  it('decodes the character references that can spell a scheme', () => {
    expect(decodeAttribute('javascript&#58;&#x3A;&colon;&amp;&unknown;')).toBe('javascript:::&&unknown;');
  });
});

describe('the whole staged site', () => {
  it('fails a site without a home page, and names the page of each problem', () => {
    const dir = tempDir('reader-gate-');
    mkdirSync(join(dir, 'documents', 'a'), { recursive: true });
    writeFileSync(join(dir, 'documents', 'a', 'index.html'), '<a href="/documents/a/">self</a><a href="/nowhere/">x</a>');
    expect(siteProblems(dir, '/')).toEqual([
      'index.html: missing: the site has no home page',
      'documents/a/index.html: href="/nowhere/": no file in the site at /nowhere/',
    ]);
    writeFileSync(join(dir, 'index.html'), '<a href="documents/a/">a</a>');
    expect(siteProblems(dir, '/')).toEqual(['documents/a/index.html: href="/nowhere/": no file in the site at /nowhere/']);
  });

  it('counts as there the files still being written (the share images), and only those', () => {
    const dir = tempDir('reader-gate-');
    writeFileSync(join(dir, 'index.html'), '<img src="/share/documents/a.png" alt=""><img src="/share/documents/b.png" alt="">');
    expect(siteProblems(dir, '/', ['share/documents/a.png'])).toEqual([
      'index.html: src="/share/documents/b.png": no file in the site at /share/documents/b.png',
    ]);
  });

  it('reports a missing page on every page that links to it, and a relative link by the page it is on', () => {
    // Verdicts on root-relative links are kept from page to page; a relative one depends on its page.
    const dir = tempDir('reader-gate-');
    for (const page of ['a', 'b']) mkdirSync(join(dir, 'documents', page), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<a href="/nowhere/">x</a><a href="documents/a/">a</a>');
    writeFileSync(join(dir, 'documents', 'a', 'index.html'), '<a href="/nowhere/">x</a><a href="../b/">b</a>');
    writeFileSync(join(dir, 'documents', 'b', 'index.html'), '<a href="/nowhere/">x</a><a href="documents/a/">a</a>');
    expect(siteProblems(dir, '/')).toEqual([
      'documents/a/index.html: href="/nowhere/": no file in the site at /nowhere/',
      'documents/b/index.html: href="/nowhere/": no file in the site at /nowhere/',
      'documents/b/index.html: href="documents/a/": no file in the site at /documents/b/documents/a/',
      'index.html: href="/nowhere/": no file in the site at /nowhere/',
    ]);
  });

  it('reads pages as UTF-8: links and ids with letters beyond ASCII, written or as references, are found or named as written', () => {
    // The gate reads each page a byte a character and decodes only the values it resolves or reports.
    const dir = tempDir('reader-gate-');
    mkdirSync(join(dir, 'entités', 'zoë'), { recursive: true });
    writeFileSync(join(dir, 'entités', 'zoë', 'index.html'), '<p id="zoë"></p>');
    writeFileSync(
      join(dir, 'index.html'),
      '<a href="/entités/zoë/">written</a><a href="/entit&#xe9;s/zo&#235;/">escaped</a><a href="/entit%C3%A9s/zo%C3%AB/">encoded</a>' +
        '<a href="/entités/chloé/">missing</a><p id="café"></p><p id="caf&#233;"></p>',
    );
    expect(siteProblems(dir, '/')).toEqual([
      'index.html: href="/entités/chloé/": no file in the site at /entit%C3%A9s/chlo%C3%A9/',
      'index.html: id "café" is used 2 times',
    ]);
  });

  it('takes only HTML whitespace between attributes: a no-break space stays inside an unquoted value', () => {
    // Browsers read <a href=/x\u00a0y> as one value; JavaScript's \s would have split it.
    expect(page('<a href=/documents/a/\u00a0x>nbsp</a>')).toEqual([
      'href="/documents/a/\u00a0x": no file in the site at /documents/a/%C2%A0x',
    ]);
  });

  it('checks every page in exactly one share when threads share the site', () => {
    const dir = tempDir('reader-gate-');
    for (const page of ['a', 'b', 'c', 'd', 'e']) {
      mkdirSync(join(dir, 'documents', page), { recursive: true });
      writeFileSync(join(dir, 'documents', page, 'index.html'), `<a href="/nowhere/">x</a><p id="${page}"></p><p id="${page}"></p>`);
    }
    const whole = siteProblems(dir, '/');
    expect(whole).toHaveLength(11); // the missing home page, then two problems on each of the five pages
    const shares = [0, 1, 2].map((part) => siteProblems(dir, '/', [], { part, of: 3 }));
    expect(shares.map((lines) => lines.length)).toEqual([5, 4, 2]);
    expect(shares.flat().sort()).toEqual([...whole].sort());
  });

  it('keeps no page in memory once it is read: a site far larger than its thread’s heap passes', async () => {
    // Each page links to a path no other page names; a verdict keyed by a substring of its page would keep every page alive.
    const dir = tempDir('reader-gate-');
    const filler = `<p>${'word '.repeat(80_000)}</p>`;
    writeFileSync(join(dir, 'index.html'), '<a href="/">home</a>');
    for (let i = 0; i < 150; i++) {
      mkdirSync(join(dir, 'documents', `page-${i}`), { recursive: true });
      writeFileSync(join(dir, 'documents', `page-${i}`, 'index.html'), `<a href="/documents/page-${i}/#top">self</a>${filler}`);
    }
    const worker = new Worker(new URL('../../src/lib/build/site-gate-worker.ts', import.meta.url), {
      workerData: { dir, base: '/' },
      resourceLimits: { maxOldGenerationSizeMb: 32 },
    });
    const answer = new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await expect(answer).resolves.toEqual([]);
  });
});
