// JSON Schemas of the frontmatter of each collection, generated from the zod
// schemas in src/schemas/ for editors (see .vscode/settings.json). Each
// property's description is the comment above its field in the zod source, so
// the editor shows what the code documents. `npm run schemas` writes them;
// a test checks the files are current.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { claimSchema } from '../../schemas/claim.ts';
import { documentSchema } from '../../schemas/document.ts';
import { entitySchema } from '../../schemas/entity.ts';

export const editorSchemaDir = join('src', 'schemas', 'json');

const collections = [
  {
    name: 'document',
    schema: documentSchema,
    source: 'document.ts',
    files: 'content/documents/*.mdx',
    title: 'Frontmatter of a document (content/documents/<slug>.mdx)',
  },
  {
    name: 'entity',
    schema: entitySchema,
    source: 'entity.ts',
    files: 'content/entities/*.md',
    title: 'Frontmatter of an entity (content/entities/<id>.md)',
  },
  {
    name: 'claim',
    schema: claimSchema,
    source: 'claim.ts',
    files: 'content/claims/*.md',
    title: 'Frontmatter of a claim (content/claims/<id>.md)',
  },
] as const;

/** `/** comment *\/ key:` pairs of a schema's source file: the comment of each field. */
function fieldComments(source: string): Map<string, string> {
  const comments = new Map<string, string>();
  for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*([A-Za-z]\w*)\s*:/g)) {
    const text = m[1]!
      .split('\n')
      .map((l) => l.replace(/^\s*\*\s?/, '').trim())
      .filter(Boolean)
      .join(' ');
    if (!comments.has(m[2]!)) comments.set(m[2]!, text);
  }
  return comments;
}

/** Adds a description to every property, at any depth, that has a comment. */
function describe(node: unknown, comments: Map<string, string>): void {
  if (Array.isArray(node)) return node.forEach((n) => describe(n, comments));
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.properties && typeof record.properties === 'object') {
    for (const [key, value] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
      const text = comments.get(key);
      if (text && value && typeof value === 'object' && !('description' in value)) value.description = text;
    }
  }
  for (const value of Object.values(record)) describe(value, comments);
}

/** Every editor schema as [file name, JSON text, the content files it applies to]. */
export function editorSchemas(root: string): { file: string; text: string; files: string }[] {
  return collections.map(({ name, schema, source, files, title }) => {
    // The input side: what a maintainer writes (dates as strings, defaults optional).
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    describe(json, fieldComments(readFileSync(join(root, 'src', 'schemas', source), 'utf8')));
    const text = `${JSON.stringify({ $schema: json.$schema, title, ...json }, null, 2)}\n`;
    return { file: `${name}.schema.json`, text, files };
  });
}
