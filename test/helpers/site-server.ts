// One served copy of dist/ and one Chromium for a browser test file: start
// both in beforeAll, close both in afterAll.
import type { Browser } from 'playwright-core';
import { startPreview, type RunningServer } from '../../scripts/preview-server.ts';
import { launchBrowser } from './browser.ts';
import { base, distDir } from './dist-pages.ts';

export interface Site {
  browser: Browser;
  server: RunningServer;
  /** Absolute URL of a site path given without the base: `url('documents/x/')`. */
  url(path?: string): string;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const server = await startPreview({ outDir: distDir, base });
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    browser,
    server,
    url: (path = '') => new URL(path.replace(/^\//, ''), server.url).href,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The path of a URL below the base (`/reader/documents/x/` → `documents/x/`). */
export const pathBelowBase = (href: string): string => {
  const { pathname } = new URL(href);
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
};
