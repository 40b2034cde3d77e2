// `npm run check`: validates every file under content/ and reports every
// problem as `path:line:col  error  message  (rule)`. Exits 1 on any error.
import { analyseContent, formatDiagnostic, readContent } from '../src/lib/analyser/index.ts';

export function runCheck(root: string): ReturnType<typeof analyseContent> {
  const analysis = analyseContent(readContent(root));
  for (const d of analysis.diagnostics) console.error(formatDiagnostic(d));
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const c = analysis.corpus;
  if (errors > 0) {
    const files = new Set(analysis.diagnostics.map((d) => d.file)).size;
    console.error(`\n✗ ${errors} error${errors === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was published.`);
  } else {
    const annotations = c.documents.reduce((n, d) => n + d.annotations.length, 0);
    console.log(`✓ content is valid: ${c.documents.length} documents, ${annotations} annotations, ${c.entities.length} entities, ${c.claims.length} claims.`);
  }
  return analysis;
}

if (import.meta.main) {
  const root = process.argv[2] ?? process.cwd();
  const { diagnostics } = runCheck(root);
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
