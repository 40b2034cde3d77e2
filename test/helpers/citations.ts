// Checks on citation files: CSL-JSON against the project's CSL data schema
// (test/schemas/csl-data.json), BibTeX with a strict parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv } from 'ajv';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'csl-data.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Schema errors of a CSL-JSON array, as `path message`; empty when it validates. */
export function cslErrors(data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** Parses BibTeX; throws when the parser reports any error. */
export function parseBib(text: string) {
  const result = parseBibtex(text, { sentenceCase: false });
  if (result.errors.length > 0) throw new Error(`BibTeX errors: ${JSON.stringify(result.errors)}`);
  return result.entries;
}
