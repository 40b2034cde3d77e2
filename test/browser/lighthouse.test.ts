// Lighthouse on the page types readers land on (mobile preset; a document also
// on desktop): accessibility, best practices and SEO stay at 100. Those audits
// read the DOM, headers and console, not timings; performance depends on the
// machine's load, so it is printed, never asserted (`npm run lighthouse`).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditSite, CATEGORIES, TARGETS, type AuditResult } from '../../scripts/lighthouse-audit.ts';
import { startPreview, type RunningServer } from '../../scripts/preview-server.ts';
import { base, distDir } from '../helpers/dist-pages.ts';

const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;

let server: RunningServer;
const results = new Map<string, AuditResult>();
const key = (t: { name: string; formFactor: string }) => `${t.name} (${t.formFactor})`;

beforeAll(async () => {
  server = await startPreview({ outDir: distDir, base });
  for (const r of await auditSite(server.url)) results.set(key(r), r);
  console.log(
    ['page', ...CATEGORIES].join('\t') +
      '\n' +
      [...results.values()].map((r) => [key(r), ...CATEGORIES.map((c) => r.scores[c] ?? '–')].join('\t')).join('\n'),
  );
}, 600_000);
afterAll(async () => {
  await server?.close();
});

describe.each(TARGETS.map((t) => ({ ...t, label: key(t) })))('Lighthouse on $label', (target) => {
  test.each(ASSERTED)('scores 100 for %s', (category) => {
    const result = results.get(key(target));
    expect(result, 'the page was audited').toBeDefined();
    // The audits that lost points, so a failure says what to fix.
    expect({ score: result!.scores[category], failing: result!.failing[category] }).toEqual({ score: 100, failing: [] });
  });
});
