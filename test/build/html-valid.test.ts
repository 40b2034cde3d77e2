// Every built page is valid HTML by html-validate's recommended rules (DESIGN.md section 9).
import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlPages, readDist } from '../helpers/dist-pages.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // SEO advice only; every rule about correctness or accessibility stays on.
    // Claim pages are titled by their full statement (up to 220 characters), which this rule flags.
    'long-title': 'off',
  },
});

const pages = htmlPages();

test('there are pages to validate', () => {
  expect(pages.length).toBeGreaterThan(10);
});

describe.each(pages.map((p) => [p]))('%s', (file) => {
  test('passes html-validate', async () => {
    const report = await validator.validateString(readDist(file), file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});

test('the validator rejects a page with a duplicate id and a button without a type', async () => {
  // Guards the configuration: the correctness rules must still be on.
  const html = '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a">x</p><p id="a">y</p><button>z</button></body></html>';
  const report = await validator.validateString(html, 'probe.html');
  const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
  expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'no-implicit-button-type']));
});
