import { describe, expect, test } from 'vitest';
import { jsonChunks } from '../../src/lib/export/json-chunks.ts';

const sample = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  label: 'Quotes “as printed”, with \\ and \n',
  total: 2,
  skipped: undefined,
  when: new Date('2015-12-02T00:00:00Z'),
  first: {
    items: [
      { id: 'a#1', body: [{ type: 'TextualBody', value: 'Erdoğan' }], target: { selector: [{ start: 0, end: 4 }] } },
      { id: 'a#2', body: [], missing: undefined, list: [undefined, null, 1.5, true] },
    ],
  },
  empty: {},
  none: [],
};

describe('JSON in pieces', () => {
  test('joins to exactly what JSON.stringify writes', () => {
    expect([...jsonChunks(sample)].join('')).toBe(JSON.stringify(sample));
  });

  test('opens only the first levels and stringifies what lies below in one piece', () => {
    const pieces = [...jsonChunks(sample, 2)];
    expect(pieces.join('')).toBe(JSON.stringify(sample));
    expect(pieces).toContain(JSON.stringify(sample.first.items));
  });

  test('writes scalars as JSON.stringify does', () => {
    for (const value of [null, 0, 'text', false]) expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value));
  });
});
