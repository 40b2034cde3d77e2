// Astro's own preview server (what `npm run serve` runs), started on a free
// port for the tests, screenshots, audits and the bench: dist/ as a static
// host serves it, base path and 404 page included.
import { join } from 'node:path';
import { preview } from 'astro';

export interface PreviewOptions {
  /** The project folder (its astro.config.mjs is read). Default: this repository. */
  root?: string;
  /** A built site elsewhere than the project's dist/. */
  outDir?: string;
  /** The base path the site was built with, when it is not the config's. */
  base?: string;
}

export interface RunningServer {
  /** Address of the site root, base path included, with a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export async function startPreview(options: PreviewOptions = {}): Promise<RunningServer> {
  const root = options.root ?? join(import.meta.dirname, '..');
  const server = await preview({
    root,
    logLevel: 'error',
    ...(options.outDir ? { outDir: options.outDir } : {}),
    ...(options.base ? { base: options.base } : {}),
    // Port 0: a free one, so parallel runs do not collide; loopback only, so nothing is exposed by accident.
    server: { port: 0, host: '127.0.0.1' },
  });
  const base = (options.base ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  return { url: `http://127.0.0.1:${server.port}${base}`, close: () => server.stop() };
}
