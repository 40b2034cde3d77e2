// The JSON Schemas for editors (src/schemas/json/) are current with the zod
// schemas, wired in .vscode/settings.json, and accept the real content.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/analyser/index.ts';
import { splitFrontmatter } from '../../src/lib/analyser/frontmatter.ts';
import { editorSchemaDir, editorSchemas } from '../../src/lib/maintainers/editor-schemas.ts';

const root = join(import.meta.dirname, '..', '..');
const schemas = editorSchemas(root);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

describe('the JSON Schemas for editors', () => {
  it.each(schemas.map((s) => [s.file, s] as const))('%s is current (run npm run schemas after changing src/schemas/)', (file, schema) => {
    expect(readFileSync(join(root, editorSchemaDir, file), 'utf8')).toBe(schema.text);
  });

  it('are wired for YAML-aware editors, each to its collection', () => {
    const settings = JSON.parse(readFileSync(join(root, '.vscode', 'settings.json'), 'utf8'));
    expect(settings['yaml.schemas']).toEqual(Object.fromEntries(schemas.map((s) => [`./${editorSchemaDir}/${s.file}`, s.files])));
  });

  it('describe each field with the comment in the zod source', () => {
    const entity = JSON.parse(schemas.find((s) => s.file === 'entity.schema.json')!.text);
    expect(entity.properties.aliases.description).toBe(
      'Other names and every variant spelling used in the documents ("Daesh", "Erdogon").',
    );
  });

  it('accept every content file of their collection, and reject a misspelt field', () => {
    const files = readContent(root);
    const offenders: string[] = [];
    for (const [name, list] of [
      ['document', files.documents],
      ['entity', files.entities],
      ['claim', files.claims],
    ] as const) {
      const validate = ajv.compile(JSON.parse(schemas.find((s) => s.file === `${name}.schema.json`)!.text));
      for (const f of list) {
        if (!validate(parse(splitFrontmatter(f.text).yaml, { schema: 'core' })))
          offenders.push(`${f.file}: ${ajv.errorsText(validate.errors)}`);
      }
      expect(validate({ nmae: 'x' })).toBe(false);
    }
    expect(offenders).toEqual([]);
  });
});
