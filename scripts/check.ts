// `npm run check`: validates every file under content/ and reports every
// problem as `path:line:col  error  message  (rule)`. Exits 1 on any error.
// `npm run check -- --format github` prints the same problems as GitHub
// workflow commands, so they appear on the lines of a pull request.
import { formatDiagnostic, readContent, type Analysis } from '../src/lib/analyser/index.ts';
import { githubAnnotation } from '../src/lib/analyser/github-format.ts';
import { analyseContentInParallel, type ParallelOptions } from '../src/lib/analyser/parallel.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export type CheckFormat = 'text' | 'github';

export async function runCheck(root: string, options: ParallelOptions = {}, format: CheckFormat = 'text'): Promise<Analysis> {
  const analysis = await analyseContentInParallel(readContent(root), options);
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
    if (format === 'github') for (const s of analysis.skipped) console.log(`::notice title=not checked::${s.replace(/%/g, '%25').replace(/\n/g, '%0A')}`);
    console.error(`\n✗ ${plural(errors, 'error')} in ${plural(files, 'file')}; nothing was published.`);
  } else {
    const annotations = c.documents.reduce((n, d) => n + d.annotations.length, 0);
    const counts = [plural(c.documents.length, 'document'), plural(annotations, 'annotation'), `${c.entities.length} ${c.entities.length === 1 ? 'entity' : 'entities'}`, plural(c.claims.length, 'claim')];
    console.log(`✓ content is valid: ${counts.join(', ')}.`);
  }
  return analysis;
}

/** `[root] [--format text|github]`, in any order. */
export function checkArguments(argv: string[]): { root: string; format: CheckFormat } {
  let root = process.cwd();
  let format: CheckFormat = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--format=') ? arg.slice('--format='.length) : arg === '--format' ? argv[++i] : undefined;
    if (value === undefined) root = arg;
    else if (value === 'text' || value === 'github') format = value;
    else throw new Error(`--format must be "text" or "github", not "${value}"`);
  }
  return { root, format };
}

if (import.meta.main) {
  const { root, format } = checkArguments(process.argv.slice(2));
  const { diagnostics } = await runCheck(root, {}, format);
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
