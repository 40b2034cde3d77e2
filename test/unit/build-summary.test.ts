import { describe, expect, test } from 'vitest';
import { parseSummary, summaryLine } from '../../src/lib/build/summary.ts';

describe('the build summary line', () => {
  test('reads back the figures the build prints', () => {
    const line = summaryLine({ outDir: 'dist', checkMs: 4_150, astroMs: 30_300, pagefindMs: 11_000, pages: 1408, passages: 5000 });
    expect(parseSummary(`✓ content is valid.\n${line}\n`)).toEqual({ checkS: 4.2, astroS: 30.3, pagefindS: 11, pages: 1408 });
  });

  test('reads the baseline line, which has no quotes', () => {
    expect(parseSummary('✓ checked the content in 0.0 s; built dist/ in 8.4 s; indexed 1000 pages in 2.4 s.')).toEqual({
      checkS: 0,
      astroS: 8.4,
      pagefindS: 2.4,
      pages: 1000,
    });
  });

  test('finds nothing in output without a summary', () => {
    expect(parseSummary('✗ 2 errors in 1 file; nothing was published.')).toBeUndefined();
  });
});
