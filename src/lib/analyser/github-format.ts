import type { Diagnostic } from './diagnostics.ts';

// GitHub workflow commands escape these characters in the data and in property values.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=rule::message`: a GitHub Actions annotation on the file's line. */
export function githubAnnotation(d: Diagnostic): string {
  const properties = [`file=${escapeProperty(d.file)}`, `line=${d.line}`, `col=${d.column}`, `title=${escapeProperty(d.rule)}`];
  return `::${d.severity} ${properties.join(',')}::${escapeData(`${d.message} (${d.rule})`)}`;
}
