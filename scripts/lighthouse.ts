// `npm run lighthouse`: Lighthouse's four category scores for each page type
// of the built site (mobile preset; the document also on desktop), as a table,
// and what lost points. Needs a build. Performance varies with the machine's
// load, so it is printed here and never asserted in tests.
import { auditSite, CATEGORIES, type AuditResult } from './lighthouse-audit.ts';
import { startPreview } from './preview-server.ts';

const server = await startPreview({ root: process.cwd() });
const row = (cells: string[]) => console.log(cells.map((c, i) => (i < 2 ? c.padEnd(i ? 9 : 10) : c.padStart(i < 6 ? 15 : 8))).join(' '));
const lost: string[] = [];
try {
  row(['page', 'preset', ...CATEGORIES, 'FCP ms', 'LCP ms', 'TBT ms', 'CLS']);
  await auditSite(server.url, undefined, (r: AuditResult) => {
    const { fcp, lcp, tbt, cls } = r.metrics;
    row([
      r.name,
      r.formFactor,
      ...CATEGORIES.map((c) => String(r.scores[c] ?? '–')),
      ...[fcp, lcp, tbt].map((ms) => ms.toFixed(0)),
      cls.toFixed(3),
    ]);
    for (const c of CATEGORIES)
      for (const a of r.failing[c]) lost.push(`${r.name} (${r.formFactor}) ${c}: ${a.id} (${a.score}) ${a.title}`);
  });
} finally {
  await server.close();
}
if (lost.length) console.log('\nAudits below full marks:\n' + lost.map((l) => '  ' + l).join('\n'));
