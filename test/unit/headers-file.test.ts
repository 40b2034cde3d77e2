import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/export/headers-file.ts';
import { headerPolicy, metaPolicy } from '../../src/lib/security-policy.ts';

describe('the _headers file', () => {
  it('writes one rule for every path under the base, with the pages’ policy and frame-ancestors', () => {
    expect(headersFile('/')).toBe(`/*\n  Content-Security-Policy: ${metaPolicy}; frame-ancestors 'none'\n`);
    expect(headersFile('/reader')).toBe(`/reader/*\n  Content-Security-Policy: ${headerPolicy}\n`);
  });

  it('keeps the header-only directive out of the pages’ <meta> policy, which browsers would ignore there', () => {
    expect(metaPolicy).not.toContain('frame-ancestors');
    expect(headerPolicy).toContain("frame-ancestors 'none'");
  });
});
