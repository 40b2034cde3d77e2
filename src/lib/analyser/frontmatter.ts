import { isMap, isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import type { Reporter } from './diagnostics.ts';

/** A content file split into its YAML frontmatter and its body. */
export interface SplitFile {
  /** The YAML text between the `---` fences ('' when there is none). */
  yaml: string;
  /** 1-based line on which the YAML text starts. */
  yamlLine: number;
  /**
   * The whole file with the frontmatter blanked out (every character but
   * newlines replaced by a space), so offsets, lines and columns in the body
   * are those of the file itself.
   */
  body: string;
  hasFrontmatter: boolean;
}

const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(source: string): SplitFile {
  const match = fence.exec(source);
  if (!match) return { yaml: '', yamlLine: 1, body: source, hasFrontmatter: false };
  const blank = match[0].replace(/[^\n]/g, ' ');
  return { yaml: match[1]!, yamlLine: 2, body: blank + source.slice(match[0].length), hasFrontmatter: true };
}

/**
 * Parses and validates frontmatter, reporting YAML syntax errors and schema
 * violations at the line and column of the offending key or value.
 * Returns the parsed data, or undefined when it is not valid.
 */
export function readFrontmatter<S extends z.ZodType>(
  split: SplitFile,
  schema: S,
  report: Reporter,
): z.infer<S> | undefined {
  if (!split.hasFrontmatter) {
    report.error({ line: 1, column: 1 }, 'frontmatter', 'missing frontmatter: the file must start with a "---" fenced YAML block');
    return undefined;
  }
  const lines = new LineCounter();
  // The core schema keeps 2015-12-02 a string, which is what the schemas expect.
  const doc = parseDocument(split.yaml, { lineCounter: lines, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lines.linePos(offset);
    return { line: pos.line + split.yamlLine - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      report.error(at(err.pos[0]), 'yaml-syntax', `broken YAML: ${err.message.split('\n')[0]}`);
    }
    return undefined;
  }
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    report.error(locate(doc, path, at, split.yamlLine), 'frontmatter', describeIssue(issue, path));
  }
  return undefined;
}

/** Position of the deepest existing node on the path (the key's parent when the key is missing). */
function locate(
  doc: ReturnType<typeof parseDocument>,
  path: string[],
  at: (offset: number) => { line: number; column: number },
  yamlLine: number,
) {
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

function describeIssue(issue: z.core.$ZodIssue, path: string[]): string {
  const field = path.length > 0 ? `"${path.join('.')}"` : 'frontmatter';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `frontmatter: ${field} is required`;
  if (issue.code === 'invalid_value') return `frontmatter: ${field} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `frontmatter: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `frontmatter: ${field} ${issue.message.replace(/^Invalid input: /, '')}`;
}
