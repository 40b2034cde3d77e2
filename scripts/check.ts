// `npm run check`: validates every file under content/ and reports every
// problem as `path:line:col  error  message  (rule)`. Exits 1 on any error.
import { formatDiagnostic, readContent, type Analysis } from '../src/lib/analyser/index.ts';
import { analyseContentInParallel, type ParallelOptions } from '../src/lib/analyser/parallel.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function runCheck(root: string, options: ParallelOptions = {}): Promise<Analysis> {
  const analysis = await analyseContentInParallel(readContent(root), options);
  for (const d of analysis.diagnostics) console.error(formatDiagnostic(d));
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const c = analysis.corpus;
  if (errors > 0) {
    const files = new Set(analysis.diagnostics.map((d) => d.file)).size;
    console.error(`\n✗ ${plural(errors, 'error')} in ${plural(files, 'file')}; nothing was published.`);
  } else {
    const annotations = c.documents.reduce((n, d) => n + d.annotations.length, 0);
    const counts = [plural(c.documents.length, 'document'), plural(annotations, 'annotation'), `${c.entities.length} ${c.entities.length === 1 ? 'entity' : 'entities'}`, plural(c.claims.length, 'claim')];
    console.log(`✓ content is valid: ${counts.join(', ')}.`);
  }
  return analysis;
}

if (import.meta.main) {
  const root = process.argv[2] ?? process.cwd();
  const { diagnostics } = await runCheck(root);
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
