// Every built page is valid HTML by html-validate's recommended rules.
// The validator and its configuration are in test/helpers/gates.ts, shared with
// the failing fixtures of test/unit/gates.test.ts.
import { describe, expect, test } from 'vitest';
import { htmlPages, readDist } from '../helpers/dist-pages.ts';
import { htmlProblems } from '../helpers/gates.ts';

const pages = htmlPages();

test('there are pages to validate', () => {
  expect(pages.length).toBeGreaterThan(10);
});

describe.each(pages.map((p) => [p]))('%s', (file) => {
  test('passes html-validate', async () => {
    expect(await htmlProblems(readDist(file), file)).toEqual([]);
  });
});

test('the validator rejects a page with a duplicate id and a button without a type', async () => {
  // Guards the configuration: the correctness rules must still be on.
  const html =
    '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a">x</p><p id="a">y</p><button>z</button></body></html>';
  const rules = (await htmlProblems(html, 'probe.html')).map((m) => m.split(' ')[1]);
  expect(rules).toEqual(expect.arrayContaining(['no-dup-id:', 'no-implicit-button-type:']));
});
