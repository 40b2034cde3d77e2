import { describe, expect, it } from 'vitest';
import { headersFile, metaPolicy, servedPath } from '../../src/lib/export/headers-file.ts';

describe('the _headers file', () => {
  it('reads the policy of a CSP <meta>, whatever the quotes and entities', () => {
    expect(
      metaPolicy(`<meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'none'; img-src 'self'">`),
    ).toBe("default-src 'none'; img-src 'self'");
    expect(metaPolicy(`<meta content='script-src &#39;self&#39;' http-equiv=Content-Security-Policy>`)).toBe("script-src 'self'");
    expect(metaPolicy('<meta name="robots" content="noindex">')).toBeUndefined();
  });

  it('serves a page at its directory under the base', () => {
    expect(servedPath('index.html', '/reader/')).toBe('/reader/');
    expect(servedPath('documents/x/index.html', '/reader')).toBe('/reader/documents/x/');
    expect(servedPath('404.html', '/')).toBe('/404.html');
  });

  it('writes one rule when every page shares a policy, one per page otherwise, each with frame-ancestors', () => {
    expect(
      headersFile(
        [
          { path: '/', policy: "default-src 'none';" },
          { path: '/a/', policy: "default-src 'none';" },
        ],
        '/',
      ),
    ).toBe("/*\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n");
    expect(
      headersFile(
        [
          { path: '/r/', policy: 'a' },
          { path: '/r/b/', policy: 'b' },
        ],
        '/r/',
      ),
    ).toBe("/r/\n  Content-Security-Policy: a; frame-ancestors 'none'\n\n/r/b/\n  Content-Security-Policy: b; frame-ancestors 'none'\n");
  });
});
