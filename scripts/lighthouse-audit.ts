// Lighthouse on the built site: one system Chromium (started by chrome-launcher,
// never a downloaded one), the pages audited one after another. Shared by
// `npm run lighthouse` and test/browser/lighthouse.test.ts.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface AuditTarget {
  name: string;
  /** Site path below the base, query included. */
  path: string;
  formFactor: 'mobile' | 'desktop';
}

export interface AuditResult extends AuditTarget {
  /** 0-100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  /** Audits that lost points, per category: id and title. */
  failing: Record<Category, { id: string; title: string; score: number | null }[]>;
  /** The performance metrics behind the score: milliseconds, and the layout-shift score. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
}

const metric = (audits: Record<string, { numericValue?: number }>, id: string) => audits[id]?.numericValue ?? Number.NaN;

const pages: [string, string][] = [
  ['home', ''],
  ['story', 'story/'],
  ['timeline', 'timeline/'],
  ['claims', 'claims/'],
  ['document', 'documents/russia-presents-proof-turkey-role/'],
  ['claim', 'claims/isis-oil-income/'],
  ['passage', 'quotes/russia-presents-proof-turkey-role/live-pipelines/'],
  ['search', 'search/?q=oil'],
];

export const TARGETS: AuditTarget[] = [
  ...pages.map(([name, path]) => ({ name, path, formFactor: 'mobile' as const })),
  { name: 'document', path: 'documents/russia-presents-proof-turkey-role/', formFactor: 'desktop' },
];

const CHROME_FLAGS = ['--headless=new', ...chromiumArgs];

/** Audits each target against the site at `siteUrl` (the base, with a trailing slash), in order. */
export async function auditSite(
  siteUrl: string,
  targets: AuditTarget[] = TARGETS,
  onResult?: (r: AuditResult) => void,
): Promise<AuditResult[]> {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const results: AuditResult[] = [];
  try {
    for (const target of targets) {
      const url = new URL(target.path, siteUrl).href;
      const runner = await lighthouse(
        url,
        { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] },
        target.formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = runner;
      if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = {} as AuditResult['scores'];
      const failing = {} as AuditResult['failing'];
      for (const category of CATEGORIES) {
        const cat = lhr.categories[category];
        scores[category] = cat?.score == null ? null : Math.round(cat.score * 100);
        failing[category] = (cat?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1)
          .map((a) => ({ id: a.id, title: a.title, score: a.score }));
      }
      const metrics = {
        fcp: metric(lhr.audits, 'first-contentful-paint'),
        lcp: metric(lhr.audits, 'largest-contentful-paint'),
        tbt: metric(lhr.audits, 'total-blocking-time'),
        cls: metric(lhr.audits, 'cumulative-layout-shift'),
      };
      const result = { ...target, scores, failing, metrics };
      results.push(result);
      onResult?.(result);
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
