// dist/_headers: the CSP every page carries in its <meta>, sent again as an
// HTTP header (with frame-ancestors, which a <meta> cannot carry) by hosts
// that read the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { headerOnlyDirectives, metaPolicy } from '../../src/lib/export/headers-file.ts';
import { base, distDir, htmlPages } from '../helpers/dist-pages.ts';

const headers = readFileSync(join(distDir, '_headers'), 'utf8');
const policyOf = (file: string) => metaPolicy(readFileSync(join(distDir, file), 'utf8'));

test('every page keeps its CSP <meta>, and _headers sends that policy for every path under the base', () => {
  const policies = new Set(htmlPages().map(policyOf));
  expect(policies.has(undefined)).toBe(false);
  // Astro gives every page the hashes of the whole site, so one rule covers them all.
  expect(policies.size).toBe(1);
  const policy = [...policies][0]!;
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  expect(headers).toBe(`${base}*\n  Content-Security-Policy: ${[...directives, ...headerOnlyDirectives].join('; ')}\n`);
  expect(headers).toContain("script-src 'self' 'wasm-unsafe-eval'");
});
