// Validates our /annotations/<slug>.jsonld exports against the project's own
// schema of the W3C Web Annotation model (test/schemas/web-annotation.schema.json),
// plus the few rules JSON Schema cannot state. Shared by unit and build tests.
import { readFileSync } from 'node:fs';
import Ajv04, { type ErrorObject } from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const schemaUrl = new URL('../schemas/web-annotation.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8'));

// allErrors: report every problem at once; verbose: keep the failing data and
// parent schema, which the messages below quote; discriminator: let the
// schema's `type` hints pick one oneOf branch, so a bad body gets its own
// errors instead of every branch's.
const ajv = new Ajv04({ allErrors: true, verbose: true, discriminator: true });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function formatError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const description = isObject(error.parentSchema) ? error.parentSchema.description : undefined;
  // A bare "must NOT be valid" says nothing; our `not` rules carry their meaning in a description.
  if (error.keyword === 'not' && typeof description === 'string') return `${where} ${description}`;
  if (error.keyword === 'enum') {
    const allowed = (error.params.allowedValues as unknown[]).map(String).join(', ');
    return `${where} must be one of: ${allowed} (got ${JSON.stringify(error.data)})`;
  }
  if (error.keyword === 'discriminator') {
    const { tag, tagValue } = error.params as { tag: string; tagValue: unknown };
    return `${where}/${tag} ${JSON.stringify(tagValue)} is not a type allowed here`;
  }
  return `${where} ${error.message}`;
}

// A missing `type` is already reported by `required`; the discriminator's
// "tag must be string" would say it twice.
const isDuplicate = (error: ErrorObject): boolean => error.keyword === 'discriminator' && error.params.tagValue === undefined;

// Rules that compare two values, which JSON Schema (draft-04) cannot express.
// Only run on documents that already match the schema, so the shapes are known.
function consistencyErrors(collection: JsonObject): string[] {
  const errors: string[] = [];
  const page = collection.first as JsonObject;
  const items = page.items as JsonObject[];
  // A single embedded page (no `next`) must hold the whole collection.
  if (page.next === undefined && collection.total !== items.length) {
    errors.push(`/total is ${collection.total} but /first/items holds ${items.length} annotations`);
  }
  const seen = new Map<string, number>();
  items.forEach((annotation, i) => {
    const id = annotation.id as string;
    const previous = seen.get(id);
    if (previous !== undefined) errors.push(`/first/items/${i}/id repeats the id of /first/items/${previous}: ${id}`);
    else seen.set(id, i);
    const selectors = (annotation.target as JsonObject).selector as JsonObject[];
    selectors.forEach((selector, j) => {
      const [position, where] = selector.type === 'CssSelector' ? [selector.refinedBy as JsonObject, `${j}/refinedBy`] : [selector, `${j}`];
      if (position.type === 'TextPositionSelector' && (position.end as number) < (position.start as number)) {
        errors.push(`/first/items/${i}/target/selector/${where} end ${position.end} is before start ${position.start}`);
      }
    });
  });
  return errors;
}

/**
 * Checks one AnnotationCollection (a parsed value, or JSON text) and returns
 * one message per problem, `<JSON pointer> <what is wrong>`; empty when valid.
 */
export function validateAnnotationCollection(json: unknown): string[] {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      return [`(root) is not JSON: ${(error as Error).message}`];
    }
  }
  if (!validateSchema(value)) {
    return (validateSchema.errors ?? []).filter((error) => !isDuplicate(error)).map(formatError);
  }
  return consistencyErrors(value as JsonObject);
}
