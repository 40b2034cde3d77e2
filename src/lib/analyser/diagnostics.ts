/** One problem found in a content file, located precisely enough to fix it. */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
  /** Short rule name, shown in brackets so a maintainer can look it up in the README. */
  rule: string;
}

/** `path:line:col  error  message  (rule)`: the format editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  (${d.rule})`;
}

/** Stable order: by file, then position, so reports are easy to diff. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}

/** Collects diagnostics for one file so callers only pass a position and a message. */
export class Reporter {
  readonly file: string;
  readonly list: Diagnostic[] = [];
  constructor(file: string) {
    this.file = file;
  }
  error(at: { line: number; column: number } | undefined, rule: string, message: string): void {
    this.list.push({ file: this.file, line: at?.line ?? 1, column: at?.column ?? 1, severity: 'error', message, rule });
  }
}
