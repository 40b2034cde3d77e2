import { parseDocument } from 'yaml';
import type { SplitFile } from '../frontmatter.ts';

/**
 * The two fields the comparison with the archived copy needs, read from
 * frontmatter that failed its schema, so a changed word is reported in the
 * same run as a missing field. Undefined when even these cannot be read.
 */
export function comparisonFields(split: SplitFile): { title: string; trimmed: { text: string }[] } | undefined {
  if (!split.hasFrontmatter) return undefined;
  const doc = parseDocument(split.yaml, { schema: 'core' });
  if (doc.errors.length > 0) return undefined;
  const data = doc.toJS() as { title?: unknown; trimmed?: unknown } | null;
  if (typeof data?.title !== 'string' || !data.title) return undefined;
  const trimmed = Array.isArray(data.trimmed) ? data.trimmed : [];
  return {
    title: data.title,
    trimmed: trimmed.flatMap((t) => (typeof t?.text === 'string' ? [{ text: t.text as string }] : [])),
  };
}
