// `npm run schemas`: writes the JSON Schemas of the frontmatter of each
// collection (src/lib/maintainers/editor-schemas.ts) to src/schemas/json/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSchemaDir, editorSchemas } from '../src/lib/maintainers/editor-schemas.ts';

const root = process.cwd();
mkdirSync(join(root, editorSchemaDir), { recursive: true });
for (const { file, text } of editorSchemas(root)) {
  writeFileSync(join(root, editorSchemaDir, file), text);
  console.log(`wrote ${editorSchemaDir}/${file}`);
}
