import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../src/lib/analyser/github-format.ts';

describe('GitHub workflow annotations', () => {
  it('escape what would end a property or the message early', () => {
    const d = {
      file: 'content/documents/a,b:c.mdx',
      line: 3,
      column: 7,
      severity: 'error' as const,
      message: '100% wrong\nline two',
      rule: 'x',
    };
    expect(githubAnnotation(d)).toBe('::error file=content/documents/a%2Cb%3Ac.mdx,line=3,col=7,title=x::100%25 wrong%0Aline two (x)');
  });
});
