// `npm run serve` is Astro's own preview server: the built site as a static
// host serves it, under the base path, with its 404 page and the media types
// the exports need.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type RunningServer } from '../../scripts/preview-server.ts';
import { base, distDir } from '../helpers/dist-pages.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startPreview({ outDir: distDir, base });
}, 60_000);
afterAll(() => server?.close());

describe('the preview server', () => {
  it('serves the home page at the base path', async () => {
    expect(new URL(server.url).pathname).toBe(base);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<main');
  });

  it('serves a document page as a directory index', async () => {
    const response = await fetch(new URL('documents/', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers a missing page with the site’s 404 page and status 404', async () => {
    const response = await fetch(new URL('no-such-page/', server.url));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<main');
  });

  it('serves the W3C annotation export as JSON-LD', async () => {
    const response = await fetch(new URL('annotations.jsonld', server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
  });
});
