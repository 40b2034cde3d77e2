// The pictures in Chromium: the travel diagram, the timeline and the claims ×
// documents matrix never make the page scroll sideways (the wide ones scroll
// inside their own box), load under the Content-Security-Policy with no
// violation, follow the dark theme, and fit the page in print.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../helpers/site-server.ts';

const PAGES = { home: '', story: 'story/', timeline: 'timeline/', claims: 'claims/' };

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

async function open(path: string, options: { width: number; colorScheme?: 'light' | 'dark' }) {
  const context = await site.browser.newContext({
    viewport: { width: options.width, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation(v: string): void }).__reportViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`,
      );
    });
  });
  await page.goto(site.url(path), { waitUntil: 'networkidle' });
  return { context, page, violations };
}

describe.each([320, 375])('at %i px', (width) => {
  test.each(Object.entries(PAGES))('the %s page does not scroll sideways', async (_name, path) => {
    const { context, page } = await open(path, { width });
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  test.each([
    ['the travel diagram', 'story/', '.travel__scroll'],
    ['the compact travel diagram', '', '.travel__scroll'],
    ['the claims × documents matrix', 'claims/', '.matrix-scroll'],
  ])('%s scrolls inside its own box, which fits the screen and takes the keyboard', async (_name, path, selector) => {
    const { context, page } = await open(path, { width });
    try {
      const box = await page.$eval(selector, (el) => ({
        scroll: el.scrollWidth,
        client: el.clientWidth,
        right: el.getBoundingClientRect().right,
        tabIndex: (el as HTMLElement).tabIndex,
      }));
      expect(box.scroll).toBeGreaterThan(box.client);
      expect(box.right).toBeLessThanOrEqual(width);
      expect(box.tabIndex).toBe(0);
    } finally {
      await context.close();
    }
  });
});

test.each(Object.entries(PAGES))('the %s page loads under the Content-Security-Policy with no violation', async (_name, path) => {
  const { context, page, violations } = await open(path, { width: 1280 });
  try {
    await page.waitForLoadState('load');
    expect(await page.$('meta[http-equiv="content-security-policy"]')).not.toBeNull();
    expect(violations).toEqual([]);
  } finally {
    await context.close();
  }
});

test('the diagram follows the dark theme', async () => {
  const colours = async (colorScheme: 'light' | 'dark') => {
    const { context, page } = await open('story/', { width: 1280, colorScheme });
    try {
      return await page.$eval('.travel__node text', (el) => [
        getComputedStyle(el).fill,
        getComputedStyle(el.closest('a')!.querySelector('rect')!).fill,
      ]);
    } finally {
      await context.close();
    }
  };
  const [light, dark] = [await colours('light'), await colours('dark')];
  expect(light[0]).not.toBe(dark[0]);
  expect(light[1]).not.toBe(dark[1]);
});

test('in print the diagram is scaled to the page instead of cut off', async () => {
  const { context, page } = await open('story/', { width: 1280 });
  try {
    await page.emulateMedia({ media: 'print' });
    const { svg, body } = await page.evaluate(() => ({
      svg: document.querySelector('.travel__svg')!.getBoundingClientRect().width,
      body: document.querySelector('main')!.getBoundingClientRect().width,
    }));
    expect(svg).toBeLessThanOrEqual(body);
    expect(svg).toBeGreaterThan(body / 2);
  } finally {
    await context.close();
  }
});
