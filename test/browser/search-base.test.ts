// Search under an Astro base path: build a second copy with BASE_PATH and
// check that result links work there.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreview, type RunningServer } from '../../scripts/preview-server.ts';
import { astroBuildSync } from '../helpers/astro-build.ts';
import { launchBrowser } from '../helpers/browser.ts';

const repo = join(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'reader-base-'));
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const build = astroBuildSync(repo, ['--outDir', outDir], { ...process.env, BASE_PATH: '/reader/' });
  if (build.status !== 0) throw new Error(`the build under /reader/ failed:\n${build.stdout}\n${build.stderr}`);
  server = await startPreview({ outDir, base: '/reader/' });
  browser = await launchBrowser();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

test('under a base path, search results link to pages that exist there', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}search/?q=Rudskoy`);
    await page.waitForFunction(() => /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, {
      timeout: 10_000,
    });
    const hrefs = await page.$$eval('a.result__link', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(hrefs.filter((href) => !new URL(href).pathname.startsWith('/reader/'))).toEqual([]);
    const statuses = await Promise.all(hrefs.map(async (href) => (await fetch(href.replace(/#.*/, ''))).status));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const [response] = await Promise.all([page.waitForNavigation(), page.click('a.result__link')]);
    expect(response?.status()).toBe(200);
  } finally {
    await page.close();
  }
});

test('the build under a base path sends its CSP header for the paths under that base', () => {
  expect(readFileSync(join(outDir, '_headers'), 'utf8')).toMatch(
    /^\/reader\/\*\n  Content-Security-Policy: default-src 'none';.* frame-ancestors 'none'\n$/,
  );
});
