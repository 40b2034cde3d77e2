import { describe, expect, it } from 'vitest';
import { pagesInOrder } from '../../src/lib/search/page-order.ts';

/** Feeds arrivals in the order given and records what is passed on, and when. */
function run(expected: string[], arrivals: [string, string | undefined][]) {
  const given: string[] = [];
  const afterEach: number[] = [];
  const order = pagesInOrder<string>(expected, (file, page) => given.push(`${file}=${page}`));
  for (const [file, page] of arrivals) {
    order.arrive(file, page);
    afterEach.push(given.length);
  }
  order.finish();
  return { given, afterEach };
}

describe('pages in a fixed order', () => {
  it('passes each page on as soon as the pages before it have come', () => {
    const { given, afterEach } = run(
      ['a', 'b', 'c', 'd'],
      [
        ['b', 'B'],
        ['a', 'A'],
        ['d', 'D'],
        ['c', 'C'],
      ],
    );
    expect(given).toEqual(['a=A', 'b=B', 'c=C', 'd=D']);
    expect(afterEach).toEqual([0, 2, 2, 4]);
  });

  it('gives the same order whatever order the pages come in', () => {
    const files = ['claims/x/index.html', 'documents/a/index.html', 'documents/b/index.html', 'entities/p/index.html'];
    const forwards = run(
      files,
      files.map((f) => [f, f.toUpperCase()] as [string, string]),
    );
    const backwards = run(
      files,
      [...files].reverse().map((f) => [f, f.toUpperCase()] as [string, string]),
    );
    expect(backwards.given).toEqual(forwards.given);
    expect(backwards.afterEach).toEqual([0, 0, 0, 4]);
  });

  it('moves on past a page dropped on arrival', () => {
    const { given, afterEach } = run(
      ['a', 'b', 'c'],
      [
        ['a', 'A'],
        ['b', undefined],
        ['c', 'C'],
      ],
    );
    expect(given).toEqual(['a=A', 'c=C']);
    expect(afterEach).toEqual([1, 1, 2]);
  });

  it('holds pages behind one that never comes, and gives them and unexpected pages sorted at the end', () => {
    const { given, afterEach } = run(
      ['a', 'b', 'c'],
      [
        ['c', 'C'],
        ['z', 'Z'],
        ['a', 'A'],
        ['m', 'M'],
        ['n', undefined],
      ],
    );
    expect(afterEach).toEqual([0, 0, 1, 1, 1]);
    expect(given).toEqual(['a=A', 'c=C', 'm=M', 'z=Z']);
  });
});
