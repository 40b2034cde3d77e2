// dist/_headers: the CSP every page carries in its <meta>, sent again as an
// HTTP header (with frame-ancestors, which a <meta> cannot carry) by hosts
// that read the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { base, distDir, htmlPages } from '../helpers/dist-pages.ts';

const headers = readFileSync(join(distDir, '_headers'), 'utf8');

/** The content of a page's CSP <meta>, as written (Astro escapes no quote in it). */
const policyOf = (file: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]*)"/i
    .exec(readFileSync(join(distDir, file), 'utf8'))?.[1]
    ?.replace(/&#39;/g, "'");

test('every page carries the same CSP <meta>, and _headers sends that policy for every path under the base', () => {
  const policies = new Set(htmlPages().map(policyOf));
  expect(policies.has(undefined)).toBe(false);
  expect(policies.size).toBe(1);
  const policy = [...policies][0]!;
  expect(headers).toBe(`${base}*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`);
  expect(headers).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain('frame-ancestors');
});
