// The content check as both `npm run check` and the build run it: analyse
// every file under content/, print each problem as `path:line:col  error
// message  (rule)` (or as GitHub workflow commands), then one summary line.
import { formatDiagnostic, readContent, type Analysis } from './index.ts';
import { githubAnnotation } from './github-format.ts';
import { plural } from '../labels.ts';
import { analyseContentInParallel, type ParallelOptions } from './parallel.ts';

export type CheckFormat = 'text' | 'github';

export interface CheckOptions extends ParallelOptions {
  /** How each problem is printed: `path:line:col  error  …` lines, or GitHub workflow commands. */
  format?: CheckFormat;
  /** Whether a build runs the check: its summary line then says that nothing was published. */
  building?: boolean;
}

export async function runCheck(root: string, options: CheckOptions = {}): Promise<Analysis> {
  const { format = 'text', building = false, ...parallel } = options;
  const analysis = await analyseContentInParallel(readContent(root), parallel);
  // GitHub reads workflow commands from standard output.
  for (const d of analysis.diagnostics) {
    if (format === 'github') console.log(githubAnnotation(d));
    else console.error(formatDiagnostic(d));
  }
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const c = analysis.corpus;
  if (errors > 0) {
    const files = new Set(analysis.diagnostics.map((d) => d.file)).size;
    if (analysis.skipped.length > 0) console.error(`\nNot checked in this run:\n${analysis.skipped.map((s) => `  ${s}`).join('\n')}`);
    if (format === 'github')
      for (const s of analysis.skipped) console.log(`::notice title=not checked::${s.replace(/%/g, '%25').replace(/\n/g, '%0A')}`);
    console.error(`\n✗ ${plural(errors, 'error')} in ${plural(files, 'file')}${building ? '; nothing was published' : ''}.`);
  } else {
    const annotations = c.documents.reduce((n, d) => n + d.annotations.length, 0);
    const counts = [
      plural(c.documents.length, 'document'),
      plural(annotations, 'annotation'),
      plural(c.entities.length, 'entity', 'entities'),
      plural(c.claims.length, 'claim'),
    ];
    console.log(`✓ content is valid: ${counts.join(', ')}.`);
  }
  return analysis;
}
