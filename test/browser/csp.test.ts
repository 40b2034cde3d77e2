// The Content-Security-Policy in Chromium (issue 7): search works under it,
// reading pages, the data page and the 404 page load without a single
// violation, and a policy that forbids what Pagefind needs is caught.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pathBelowBase, startSite, type Site } from '../helpers/site-server.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

interface Watched {
  page: Page;
  /** `securitypolicyviolation` events: the directive and what it blocked. */
  violations: string[];
  /** Console errors and warnings, which is where Chromium reports a policy it cannot apply. */
  console: string[];
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens a page with listeners for policy violations installed before any of
 * its own code runs. `rewrite` may change the HTML of the page on its way in.
 */
async function open(path: string, rewrite?: (html: string) => string): Promise<Watched> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const watched: Watched = { page, violations: [], console: [], errors: [], close: () => context.close() };
  await page.exposeFunction('__reportViolation', (v: string) => watched.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(v: string): void }).__reportViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') watched.console.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  if (rewrite) {
    await page.route(site.url(path), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    });
  }
  await page.goto(site.url(path));
  return watched;
}

const searchStatus = (page: Page) =>
  page.waitForFunction(() => /results? for|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, {
    timeout: 15_000,
  });

test('search returns results under the CSP, with no violation and no console error', async () => {
  const w = await open('search/?q=Rudskoy');
  try {
    await searchStatus(w.page);
    const hrefs = await w.page.$$eval('[data-search-results] li a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((href) => pathBelowBase(href).startsWith('documents/'))).toBe(true);
    // The page really is under the policy Astro wrote into it.
    const policy = await w.page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(policy).toContain("'wasm-unsafe-eval'");
    expect(w.violations).toEqual([]);
    expect(w.console).toEqual([]);
    expect(w.errors).toEqual([]);
  } finally {
    await w.close();
  }
});

test.each([
  ['a document', 'documents/russia-presents-proof-turkey-role/'],
  ['the home page', ''],
  ['the data page', 'data/'],
  ['the 404 page', 'no-such-page/'],
])('%s loads with no violation', async (_name, path) => {
  const w = await open(path);
  try {
    await w.page.waitForLoadState('load');
    expect(w.violations).toEqual([]);
    expect(w.console.filter((m) => !/404 \(Not Found\)/.test(m))).toEqual([]);
  } finally {
    await w.close();
  }
});

// Pagefind compiles its WebAssembly in a same-origin worker, and falls back to
// the page's own thread when the worker cannot start; there the page's policy
// applies, and 'wasm-unsafe-eval' is what lets the module compile.
const forbidWorker = (html: string) => html.replace("worker-src 'self';", "worker-src 'none';");

test('with the worker forbidden, search falls back to the page’s thread and still works under the policy', async () => {
  const w = await open('search/?q=Rudskoy', forbidWorker);
  try {
    await searchStatus(w.page);
    expect(await w.page.textContent('[data-search-status]')).toMatch(/\d+ results? for Rudskoy/);
    expect(w.violations).toEqual([expect.stringMatching(/^worker-src blocked .*pagefind-worker\.js$/)]);
  } finally {
    await w.close();
  }
});

test("the check catches a violation: without the worker and without 'wasm-unsafe-eval', search fails and the violation is reported", async () => {
  // Guards the test itself: a policy that lacks what Pagefind needs must not pass.
  const w = await open('search/?q=Rudskoy', (html) => forbidWorker(html).replace(" 'wasm-unsafe-eval'", ''));
  try {
    await expect
      .poll(() => w.violations, { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^script-src blocked wasm-eval$/)]));
    expect(await w.page.$$('[data-search-results] li')).toHaveLength(0);
  } finally {
    await w.close();
  }
});
