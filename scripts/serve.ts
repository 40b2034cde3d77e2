// A zero-dependency static server for the built site, so `npm run serve` and
// the build/browser tests see dist/ exactly as a static host would, base path
// included. Run directly: PORT, BASE and HOST come from the environment.
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServeOptions {
  /** Folder to serve, usually dist/. */
  root: string;
  /** 0 picks a free port. Default 4321. */
  port?: number;
  /** URL prefix the site lives under, as Astro's `base`. Default `/`. */
  base?: string;
  /** Interface to listen on. Default 127.0.0.1, so nothing is exposed by accident. */
  host?: string;
}

export interface RunningServer {
  /** Address of the site root, base path included, with a trailing slash. */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  // The site's .jsonld files are W3C annotation exports: the Web Annotation
  // protocol names this profile of JSON-LD as their media type.
  '.jsonld': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  '.wasm': 'application/wasm', // browsers refuse streaming wasm compilation under any other type
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  // Pagefind's index chunks are gzipped binary that pagefind.js decodes itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** `reader`, `/reader`, `/reader/` all mean `/reader/`. */
export function normalizeBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

function sendFile(res: ServerResponse, path: string, size: number, status = 200): void {
  res.writeHead(status, {
    'Content-Type': contentTypeFor(path),
    'Content-Length': String(size),
    'X-Content-Type-Options': 'nosniff',
  });
  if (res.req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

async function sendNotFound(res: ServerResponse, root: string): Promise<void> {
  const page = join(root, '404.html');
  const info = await statOrNull(page);
  if (info?.isFile()) sendFile(res, page, info.size, 404);
  else sendText(res, 404, 'Not found\n');
}

function redirect(res: ServerResponse, location: string): void {
  sendText(res, 301, `Moved to ${location}\n`, { Location: location });
}

async function handle(req: IncomingMessage, res: ServerResponse, root: string, base: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const rawPath = (req.url ?? '/').split('?')[0];
  // URL parsing would quietly resolve a literal `..`; browsers never send one, so refuse it outright.
  if (rawPath.split('/').includes('..')) {
    sendText(res, 403, 'Forbidden\n');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = url.pathname;

  if (!pathname.startsWith(base)) {
    if (`${pathname}/` === base) redirect(res, base + url.search);
    else await sendNotFound(res, root);
    return;
  }

  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    sendText(res, 400, 'Bad request: malformed URL encoding\n');
    return;
  }
  // Encoded `..` or `\` survive URL normalisation and only appear after decoding.
  if (relative.includes('\0') || relative.includes('\\') || relative.split('/').includes('..')) {
    sendText(res, 403, 'Forbidden\n');
    return;
  }
  const target = resolve(root, relative);
  if (target !== root && !target.startsWith(root + sep)) {
    sendText(res, 403, 'Forbidden\n');
    return;
  }

  const info = await statOrNull(target);
  if (info?.isDirectory()) {
    const index = join(target, 'index.html');
    const indexInfo = await statOrNull(index);
    if (!indexInfo?.isFile()) await sendNotFound(res, root);
    // Relative links in x/index.html only resolve against /x/, so canonicalise.
    else if (!pathname.endsWith('/')) redirect(res, `${pathname}/${url.search}`);
    else sendFile(res, index, indexInfo.size);
    return;
  }
  if (info?.isFile() && !pathname.endsWith('/')) {
    sendFile(res, target, info.size);
    return;
  }
  await sendNotFound(res, root);
}

export function startServer(opts: ServeOptions): Promise<RunningServer> {
  const root = resolve(opts.root);
  const base = normalizeBase(opts.base);
  const host = opts.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(req, res, root, base).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, `Internal error: ${(error as Error).message}\n`);
      else res.destroy();
    });
  });

  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(opts.port ?? 4321, host, () => {
      server.off('error', rejectStart);
      const { port } = server.address() as AddressInfo;
      const hostInUrl = host.includes(':') ? `[${host}]` : host;
      resolveStart({
        url: `http://${hostInUrl}:${port}${base}`,
        close: () =>
          new Promise<void>((resolveClose, rejectClose) => {
            server.close((error) => (error ? rejectClose(error) : resolveClose()));
            // fetch keeps connections alive; without this, close() waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('../dist/', import.meta.url));
  if (!existsSync(root)) {
    console.error('dist/ not found: run `npm run build` first.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer between 0 and 65535, got ${process.env.PORT}`);
    process.exit(1);
  }
  const host = process.env.HOST ?? '127.0.0.1';
  const server = await startServer({ root, port, base: process.env.BASE ?? '/', host });
  // 127.0.0.1 is the loopback; say localhost, the name people type and Astro's default `site`.
  const shown = ['127.0.0.1', '::1', '0.0.0.0', '::'].includes(host)
    ? server.url.replace(/^http:\/\/(\[[^\]]+\]|[^/:]+)/, 'http://localhost')
    : server.url;
  console.log(`Serving dist/ at ${shown}`);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const runDirectly = import.meta.main ?? process.argv[1] === fileURLToPath(import.meta.url);
if (runDirectly) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
