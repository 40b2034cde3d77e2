import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeBase, startServer, type RunningServer } from '../../scripts/serve.ts';

// The smallest valid wasm module: magic number and version.
const WASM = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

let parent: string;
let root: string;
let server: RunningServer;

beforeAll(async () => {
  // dist/ sits inside `parent` next to a secret, so an escape from the root is observable.
  parent = mkdtempSync(join(tmpdir(), 'serve-test-'));
  root = join(parent, 'dist');
  mkdirSync(join(root, 'documents', 'first'), { recursive: true });
  mkdirSync(join(root, 'pagefind'), { recursive: true });
  mkdirSync(join(root, 'empty'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(root, 'documents', 'first', 'index.html'), '<!doctype html><title>First</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Not here</title>');
  writeFileSync(join(root, 'annotations.jsonld'), '{}');
  writeFileSync(join(root, 'pagefind', 'pagefind.wasm'), WASM);
  writeFileSync(join(root, 'pagefind', 'wasm.en.pagefind'), WASM);
  writeFileSync(join(root, 'pagefind', 'en_1a2b.pf_meta'), WASM);
  writeFileSync(join(parent, 'secret.txt'), 'outside the root');
  server = await startServer({ root, port: 0, base: '/reader' });
});

afterAll(async () => {
  await server?.close();
  rmSync(parent, { recursive: true, force: true });
});

/** fetch would resolve `..` before sending; node:http sends the path as written. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('startServer', () => {
  it('reports a URL on a free port that ends with the base path and a slash', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reader\/$/);
    expect(server.url).not.toContain(':0/');
  });

  it('serves the root index.html at the base path', async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Home</title>');
  });

  it('serves a nested directory index when the URL ends with a slash', async () => {
    const res = await fetch(new URL('documents/first/', server.url));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>First</title>');
  });

  it('redirects a directory URL without a trailing slash to the slashed URL, keeping the query', async () => {
    const res = await fetch(new URL('documents/first?q=oil', server.url), { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/reader/documents/first/?q=oil');
  });

  it('redirects the bare base path to the base with a trailing slash', async () => {
    const res = await fetch(new URL('/reader', server.url), { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/reader/');
  });

  it('serves wasm as application/wasm so browsers can compile it while streaming', async () => {
    const res = await fetch(new URL('pagefind/pagefind.wasm', server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(WASM);
  });

  it.each([
    ['annotations.jsonld', 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'],
    ['pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['pagefind/en_1a2b.pf_meta', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const res = await fetch(new URL(path, server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await fetch(server.url, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String('<!doctype html><title>Home</title>'.length));
    expect(await res.text()).toBe('');
  });

  it('serves 404.html with status 404 for a missing file', async () => {
    const res = await fetch(new URL('no/such/page/', server.url));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Not here</title>');
  });

  it('answers 404 for a directory without an index.html', async () => {
    const res = await fetch(new URL('empty/', server.url));
    expect(res.status).toBe(404);
  });

  it('answers 404 for paths outside the base path', async () => {
    const res = await fetch(new URL('/index.html', server.url));
    expect(res.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('rejects a literal ../ that climbs out of the root', async () => {
    const res = await rawGet('/reader/../secret.txt');
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('outside the root');
  });

  it('rejects a percent-encoded ../ that climbs out of the root', async () => {
    const res = await fetch(new URL('..%2fsecret.txt', server.url));
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('outside the root');
  });

  it('serves the site at / when no base is given', async () => {
    const plain = await startServer({ root, port: 0 });
    try {
      expect(plain.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(new URL('documents/first/', plain.url));
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>First</title>');
    } finally {
      await plain.close();
    }
  });

  it('rejects malformed percent-encoding with 400', async () => {
    const res = await fetch(new URL('%E0%A4%A', server.url));
    expect(res.status).toBe(400);
  });
});

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['/', '/'],
    ['reader', '/reader/'],
    ['/reader', '/reader/'],
    ['/reader/', '/reader/'],
    ['/a/b', '/a/b/'],
  ])('turns %s into %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});
