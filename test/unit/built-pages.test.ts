import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headOf } from '../../src/lib/build/built-pages.ts';

describe('the head of a built page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'built-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (name: string, html: string) => {
    const path = join(dir, name);
    writeFileSync(path, html);
    return path;
  };

  it('is the text before </head>, letters beyond ASCII decoded', () => {
    const head = '<html><head><meta charset="utf-8"><title>Erdoğan – “Ankara”</title>';
    expect(headOf(page('short.html', `${head}</head><body>${'x'.repeat(100_000)}</body></html>`))).toBe(head);
  });

  it.each([
    ['well past the first 16 KB read', 30_000],
    ['across the end of the first 16 KB read', 16 * 1024 - 3 - '<html><head><meta content="'.length - '">'.length],
  ])('is found when it ends %s', (_, padding) => {
    const head = `<html><head><meta content="${'y'.repeat(padding)}">`;
    expect(headOf(page(`mid-${padding}.html`, `${head}</head><body>${'x'.repeat(100_000)}</body></html>`))).toBe(head);
  });

  it('is read from the whole page when the head ends beyond the first 64 KB', () => {
    const head = `<html><head><title>Long</title><meta name="a" content="${'y'.repeat(70_000)}">`;
    expect(headOf(page('long.html', `${head}</head><body></body></html>`))).toBe(`${head}</head><body></body></html>`);
  });
});
