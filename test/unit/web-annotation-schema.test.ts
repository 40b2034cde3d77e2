import { readFileSync } from 'node:fs';
import Ajv04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { validateAnnotationCollection } from '../helpers/web-annotation.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../fixtures/annotations/${name}`, import.meta.url), 'utf8'));
const schemaText = readFileSync(new URL('../schemas/web-annotation.schema.json', import.meta.url), 'utf8');

// Mutations of the valid fixture, one fault each, for rules without a fixture file.
type Collection = any;
function validWith(mutate: (collection: Collection) => void): unknown {
  const collection = structuredClone(fixture('valid-collection.jsonld')) as Collection;
  mutate(collection);
  return collection;
}

describe('the Web Annotation schema file', () => {
  it('is a valid draft-04 JSON Schema', () => {
    const ajv = new Ajv04({ discriminator: true });
    expect(ajv.validateSchema(JSON.parse(schemaText))).toBe(true);
    expect(ajv.errors).toBeNull();
  });

  it('is self-contained: every $ref points inside the file', () => {
    const refs = [...schemaText.matchAll(/"\$ref":\s*"([^"]*)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ref.startsWith('#/'))).toEqual([]);
  });
});

describe('validateAnnotationCollection', () => {
  it('accepts a well-formed annotation collection', () => {
    expect(validateAnnotationCollection(fixture('valid-collection.jsonld'))).toEqual([]);
  });

  it('accepts the collection as JSON text as well as a parsed value', () => {
    const text = readFileSync(new URL('../fixtures/annotations/valid-collection.jsonld', import.meta.url), 'utf8');
    expect(validateAnnotationCollection(text)).toEqual([]);
  });

  it('rejects an annotation without a target', () => {
    expect(validateAnnotationCollection(fixture('missing-target.jsonld'))).toEqual(["/first/items/0 must have required property 'target'"]);
  });

  it('rejects a motivation that is not one of the 13 W3C motivations', () => {
    expect(validateAnnotationCollection(fixture('bad-motivation.jsonld'))).toEqual([
      '/first/items/2/motivation must be one of: assessing, bookmarking, classifying, commenting, describing, ' +
        'editing, highlighting, identifying, linking, moderating, questioning, replying, tagging (got "disputing")',
    ]);
  });

  it('rejects an annotation that has both body and bodyValue', () => {
    expect(validateAnnotationCollection(fixture('body-and-bodyvalue.jsonld'))).toEqual([
      '/first/items/0 an annotation must not have both body and bodyValue (model 3.2.5)',
    ]);
  });

  it('rejects an annotation whose id is a relative URL', () => {
    expect(validateAnnotationCollection(fixture('relative-id.jsonld'))).toEqual(['/first/items/0/id must match format "uri"']);
  });

  it('rejects text that is not JSON', () => {
    expect(validateAnnotationCollection('{"type": ')).toEqual([expect.stringMatching(/^\(root\) is not JSON: /)]);
  });

  it.each<[string, (c: Collection) => void, string[]]>([
    ['a collection without @context', (c) => delete c['@context'], ["(root) must have required property '@context'"]],
    [
      'a collection whose type is not AnnotationCollection',
      (c) => (c.type = 'Collection'),
      ['/type must be one of: AnnotationCollection (got "Collection")'],
    ],
    ['a negative total', (c) => (c.total = -1), ['/total must be >= 0']],
    ['a fractional total', (c) => (c.total = 2.5), ['/total must be integer']],
    ['a total that differs from the number of annotations', (c) => (c.total = 4), ['/total is 4 but /first/items holds 3 annotations']],
    ['a first page given only as a URL', (c) => (c.first = c.first.id), ['/first must be object']],
    ['a page without startIndex', (c) => delete c.first.startIndex, ["/first must have required property 'startIndex'"]],
    [
      'an annotation without motivation',
      (c) => delete c.first.items[0].motivation,
      ["/first/items/0 must have required property 'motivation'"],
    ],
    ['an empty body array', (c) => (c.first.items[0].body = []), ['/first/items/0/body must NOT have fewer than 1 items']],
    ['a body given as a single object', (c) => (c.first.items[0].body = c.first.items[0].body[0]), ['/first/items/0/body must be array']],
    [
      'a body of an unknown type',
      (c) => (c.first.items[0].body[0].type = 'Text'),
      ['/first/items/0/body/0/type "Text" is not a type allowed here'],
    ],
    [
      'a TextualBody without purpose',
      (c) => delete c.first.items[0].body[0].purpose,
      ["/first/items/0/body/0 must have required property 'purpose'"],
    ],
    [
      'a TextualBody purpose outside the W3C list',
      (c) => (c.first.items[0].body[0].purpose = 'disputing'),
      [expect.stringMatching(/^\/first\/items\/0\/body\/0\/purpose must be one of: assessing, .* \(got "disputing"\)$/)],
    ],
    [
      'a SpecificResource body without purpose, which W3C does not recognise as a SpecificResource',
      (c) => delete c.first.items[0].body[1].purpose,
      ["/first/items/0/body/1 must have required property 'purpose'"],
    ],
    [
      'a SpecificResource body with a relative source',
      (c) => (c.first.items[0].body[1].source = '/entities/x/'),
      ['/first/items/0/body/1/source must match format "uri"'],
    ],
    [
      'a SpecificResource body that also has a value',
      (c) => (c.first.items[0].body[1].value = 'Rudskoy'),
      ['/first/items/0/body/1 a SpecificResource must not have value or items (model 4)'],
    ],
    [
      'a target with a relative source',
      (c) => (c.first.items[0].target.source = '/documents/x/'),
      ['/first/items/0/target/source must match format "uri"'],
    ],
    [
      'a target without a TextQuoteSelector',
      (c) => c.first.items[0].target.selector.shift(),
      [
        '/first/items/0/target/selector selector must include a TextQuoteSelector',
        '/first/items/0/target/selector must NOT have fewer than 2 items',
      ],
    ],
    [
      'a target with two TextQuoteSelectors and no TextPositionSelector',
      (c) => (c.first.items[0].target.selector[1] = c.first.items[0].target.selector[0]),
      ['/first/items/0/target/selector selector must include a TextPositionSelector, alone or refining a CssSelector'],
    ],
    [
      'a CssSelector refined by a TextPositionSelector that ends before it starts',
      (c) =>
        (c.first.items[0].target.selector[1] = {
          type: 'CssSelector',
          value: '#p-1',
          refinedBy: { type: 'TextPositionSelector', start: 9, end: 3 },
        }),
      ['/first/items/0/target/selector/1/refinedBy end 3 is before start 9'],
    ],
    [
      'a TextQuoteSelector with empty exact text',
      (c) => (c.first.items[0].target.selector[0].exact = ''),
      ['/first/items/0/target/selector/0/exact must NOT have fewer than 1 characters'],
    ],
    [
      'a TextPositionSelector with a negative start',
      (c) => (c.first.items[0].target.selector[1].start = -1),
      ['/first/items/0/target/selector/1/start must be >= 0'],
    ],
    [
      'a TextPositionSelector that ends before it starts',
      (c) => (c.first.items[0].target.selector[1].end = 10),
      ['/first/items/0/target/selector/1 end 10 is before start 672'],
    ],
    [
      'two annotations with the same id',
      (c) => (c.first.items[1].id = c.first.items[0].id),
      [
        '/first/items/1/id repeats the id of /first/items/0: ' +
          'http://localhost:4321/annotations/russians-can-prove-turkey-isis.jsonld#mention-1',
      ],
    ],
  ])('rejects %s', (_name, mutate, expected) => {
    expect(validateAnnotationCollection(validWith(mutate))).toEqual(expected);
  });

  it.each<[string, (c: Collection) => void]>([
    [
      'a TextPositionSelector that refines a CssSelector naming the paragraph',
      (c) =>
        (c.first.items[0].target.selector[1] = {
          type: 'CssSelector',
          value: '#p-1',
          refinedBy: { type: 'TextPositionSelector', start: 3, end: 9 },
        }),
    ],
    [
      '@context as an array that includes the anno.jsonld context',
      (c) => (c['@context'] = ['http://www.w3.org/ns/anno.jsonld', { schema: 'https://schema.org/' }]),
    ],
    ['an annotation type given as an array that includes Annotation', (c) => (c.first.items[0].type = ['Annotation'])],
    [
      'an annotation that repeats the @context of its collection',
      (c) => (c.first.items[0]['@context'] = 'http://www.w3.org/ns/anno.jsonld'),
    ],
    [
      'an empty collection',
      (c) => {
        c.total = 0;
        c.first.items = [];
      },
    ],
  ])('accepts %s', (_name, mutate) => {
    expect(validateAnnotationCollection(validWith(mutate))).toEqual([]);
  });
});
