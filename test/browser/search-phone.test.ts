// The search page on a phone (375 × 800): the filters fold behind one
// control, the first result shows without scrolling, and nothing moves as the
// results arrive.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startSite, type Site } from '../helpers/site-server.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function open(path: string, width: number, height: number): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width, height }, hasTouch: width < 500 });
  const page = await context.newPage();
  // Record every layout shift from the first paint on.
  await page.addInitScript(() => {
    (window as unknown as { shifts: number[] }).shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.url(path));
  await page.waitForFunction(
    () => /results? for|No results/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    null,
    { timeout: 10_000 },
  );
  return { page, close: () => context.close() };
}

test('on a phone the first result is visible without scrolling, and the filters fold behind one control', async () => {
  const { page, close } = await open(`search/?q=${encodeURIComponent('"live oil pipelines"')}`, 375, 800);
  try {
    const box = await page.locator('[data-search-results] > li').first().locator('a.result__link').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    expect(await page.isVisible('[data-filter="type"]')).toBe(false);
    await page.click('[data-search-options] > summary');
    expect(await page.isVisible('[data-filter="type"]')).toBe(true);
  } finally {
    await close();
  }
});

test('a filter set in the URL opens the folded filters and is counted on their control', async () => {
  const { page, close } = await open('search/?q=oil&type=quote', 375, 800);
  try {
    expect(await page.isVisible('[data-filter="type"]')).toBe(true);
    expect(await page.textContent('[data-search-options] > summary')).toContain('1 set');
  } finally {
    await close();
  }
});

test('on a wide screen the filters show without a control', async () => {
  const { page, close } = await open('search/?q=oil', 1280, 800);
  try {
    expect(await page.isVisible('[data-filter="speaker"]')).toBe(true);
    expect(await page.isVisible('[data-search-options] > summary')).toBe(false);
  } finally {
    await close();
  }
});

test.each([
  [375, 800],
  [1280, 800],
])('at %i × %i nothing on the page moves as the results arrive', async (width, height) => {
  const { page, close } = await open('search/?q=Rudskoy', width, height);
  try {
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
  } finally {
    await close();
  }
});
