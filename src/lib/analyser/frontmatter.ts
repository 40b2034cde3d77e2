import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isMap, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { Reporter } from './diagnostics.ts';
import { LineIndex, type Position } from './source-positions.ts';

/** A content file split into its frontmatter and its body, read as Astro's collections read it. */
export interface SplitFile {
  /** The YAML text between the fences, from the line after the opening fence ('' when there is none). */
  yaml: string;
  /** 1-based line on which `yaml` starts. */
  yamlLine: number;
  /** Offset in the file at which `yaml` starts. */
  yamlOffset: number;
  /**
   * The whole file with the frontmatter blanked out (every character but line
   * breaks replaced by a space), exactly the text Astro hands to Sätteri, so
   * offsets, lines and columns in the body are those of the file itself.
   */
  body: string;
  hasFrontmatter: boolean;
  /** The frontmatter's data as the collections get it, when it parsed. */
  data?: unknown;
  /** Where and why the frontmatter failed to parse. */
  error?: { at: Position; message: string };
  lines: LineIndex;
}

/**
 * Splits and parses a file with the very function Astro's content collections
 * and its MDX integration use (`parseFrontmatter` of @astrojs/internal-helpers,
 * js-yaml's default schema, BOM and leading blank lines allowed), so a value
 * the check accepts is the value the pages get.
 */
export function splitFrontmatter(source: string): SplitFile {
  const lines = new LineIndex(source);
  const raw = extractFrontmatter(source);
  if (raw === undefined) return { yaml: '', yamlLine: 1, yamlOffset: 0, body: source, hasFrontmatter: false, lines };
  const delimiter = source
    .trimStart()
    .replace(/^\uFEFF/, '')
    .slice(0, 3);
  const rawOffset = source.indexOf(`${delimiter}${raw}${delimiter}`) + delimiter.length;
  // `raw` starts with the rest of the opening fence's line.
  const firstBreak = /\r\n|\n/.exec(raw);
  const skip = firstBreak ? firstBreak.index + firstBreak[0].length : 0;
  const yamlOffset = rawOffset + skip;
  const split: SplitFile = {
    yaml: raw.slice(skip).replace(/\r?\n$/, ''),
    yamlLine: lines.at(yamlOffset).line,
    yamlOffset,
    body: source.replace(`${delimiter}${raw}${delimiter}`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `),
    hasFrontmatter: true,
    lines,
  };
  try {
    const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    split.data = parsed.frontmatter;
  } catch (error) {
    const e = error as { reason?: string; message?: string; mark?: { position?: number } };
    split.error = {
      at: lines.at(rawOffset + (e.mark?.position ?? 0)),
      message: (e.reason ?? e.message ?? String(error)).split('\n')[0]!,
    };
  }
  return split;
}

/**
 * Validates frontmatter against a collection's schema, reporting YAML syntax
 * errors and schema violations at the line and column of the offending key or
 * value. Returns the parsed data, or undefined when it is not valid.
 *
 * Whether the YAML is valid, and what it means, is js-yaml's answer (Astro's
 * reading); the `yaml` package only finds where a key sits, and words a syntax
 * error more precisely when it sees one too.
 */
export function readFrontmatter<S extends z.ZodType>(split: SplitFile, schema: S, report: Reporter): z.infer<S> | undefined {
  if (!split.hasFrontmatter) {
    report.error({ line: 1, column: 1 }, 'frontmatter', 'missing frontmatter: the file must start with a "---" fenced YAML block');
    return undefined;
  }
  const at = (offset: number) => split.lines.at(split.yamlOffset + offset);
  if (split.error) {
    const doc = parseDocument(split.yaml, { prettyErrors: false, uniqueKeys: true });
    const precise = doc.errors[0];
    if (precise) report.error(at(precise.pos[0]), 'yaml-syntax', `broken YAML: ${precise.message.split('\n')[0]}`);
    else report.error(split.error.at, 'yaml-syntax', `broken YAML: ${split.error.message}`);
    return undefined;
  }
  const result = schema.safeParse(split.data ?? {});
  if (result.success) return result.data;
  const doc = parseDocument(split.yaml, { lineCounter: new LineCounter(), prettyErrors: false });
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    report.error(locate(doc, path, at, split.yamlLine), 'frontmatter', describeIssue(issue, path, valueAt(split.data, issue.path)));
  }
  return undefined;
}

/** Position of the deepest existing node on the path (the key's parent when the key is missing). */
function locate(doc: ReturnType<typeof parseDocument>, path: string[], at: (offset: number) => Position, yamlLine: number) {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return at(node.range[0]);
    const parent = depth > 1 ? doc.getIn(path.slice(0, depth - 1), true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && String((item.key as { value?: unknown }).value) === path[depth - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
  }
  return { line: yamlLine, column: 1 };
}

/** The value the frontmatter holds at a schema issue's path (zod does not report it). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, path: string[], value: unknown): string {
  const field = path.length > 0 ? `"${path.join('.')}"` : 'frontmatter';
  if (issue.code === 'invalid_type' && value === undefined) return `frontmatter: ${field} is required`;
  if (issue.code === 'invalid_type' && value instanceof Date) {
    return `frontmatter: ${field} reads as a date, not text: YAML turns an unquoted 2015-12-02 into a date; put the value in quotes`;
  }
  if (issue.code === 'invalid_value')
    return `frontmatter: ${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys')
    return `frontmatter: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `frontmatter: ${field} ${issue.message.replace(/^Invalid input: /, '')}`;
}
