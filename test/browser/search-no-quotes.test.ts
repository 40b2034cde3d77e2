// A site whose documents quote no one: its document pages carry no passages,
// and search finds them as it finds any page.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreview, type RunningServer } from '../../scripts/preview-server.ts';
import { astroBuildSync } from '../helpers/astro-build.ts';
import { launchBrowser } from '../helpers/browser.ts';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(repo, 'test', 'fixtures', 'content');
const dir = mkdtempSync(join(tmpdir(), 'reader-no-quotes-'));
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // This site's code, over one fixture document with its quote markup taken out (its text stays).
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  // No claims either: the only passage that asserted one was the quote (npm run check wants every claim asserted).
  cpSync(join(fixtures, 'base', 'entities'), join(dir, 'content', 'entities'), { recursive: true });
  for (const folder of ['documents', 'sources', 'claims']) mkdirSync(join(dir, 'content', folder), { recursive: true });
  const text = readFileSync(join(fixtures, 'documents', 'valid.mdx'), 'utf8').replace(/<Quote [^>]*>|<\/Quote>/g, '');
  expect(text).not.toContain('<Quote');
  writeFileSync(join(dir, 'content', 'documents', 'valid.mdx'), text);
  cpSync(join(fixtures, 'base', 'source.txt'), join(dir, 'content', 'sources', 'valid.txt'));
  const build = astroBuildSync(dir);
  if (build.status !== 0) throw new Error(`the build without quotes failed:\n${build.stdout}\n${build.stderr}`);
  server = await startPreview({ root: dir });
  browser = await launchBrowser();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('with no quotes, search still finds the document', async () => {
  expect(existsSync(join(dir, 'dist', 'pagefind', 'pagefind-entry.json'))).toBe(true);
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}search/?q=income`);
    await page.waitForFunction(() => /results? for/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, {
      timeout: 10_000,
    });
    expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ results? for income/);
    const hrefs = await page.$$eval('a.result__link', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain('/documents/valid/');
  } finally {
    await page.close();
  }
});
