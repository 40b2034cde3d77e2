// `npm run check`: validates every file under content/ and reports every
// problem as `path:line:col  error  message  (rule)`. Exits 1 on any error.
// `npm run check -- --format github` prints the same problems as GitHub
// workflow commands, so they appear on the lines of a pull request.
import { runCheck, type CheckFormat } from '../src/lib/analyser/run-check.ts';

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
  const { diagnostics } = await runCheck(root, { format });
  process.exitCode = diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
