/**
 * Pagefind's files depend on the order it is given pages in, and Astro
 * renders several pages at a time, so the index thread gives them in one
 * fixed order: sorted by file. Waiting for the last page to sort them left
 * all of Pagefind's work until after the pages; instead, given the files it
 * expects (sorted), this passes each page on as soon as every page before it
 * has arrived, and holds only the pages that came early. A page dropped on
 * arrival (not indexed) moves the line on; pages it did not expect, and pages
 * behind one that never came, are passed on, sorted, at the end. So the
 * order depends on which pages came, never on when: with every expected page
 * and no other, it is their sorted order.
 */
export function pagesInOrder<T>(expected: readonly string[], give: (file: string, page: T) => void) {
  const expects = new Set(expected);
  /** Pages that came before their turn (undefined: dropped), by file. */
  const early = new Map<string, T | undefined>();
  const unexpected: [string, T][] = [];
  let next = 0;
  return {
    /** A page has arrived; `page` is undefined for a page dropped from the index. */
    arrive(file: string, page: T | undefined): void {
      if (!expects.has(file)) {
        if (page !== undefined) unexpected.push([file, page]);
        return;
      }
      early.set(file, page);
      while (next < expected.length && early.has(expected[next]!)) {
        const turn = expected[next++]!;
        const ready = early.get(turn);
        early.delete(turn);
        if (ready !== undefined) give(turn, ready);
      }
    },
    /** Whether every expected page has come (and been given, or dropped). */
    get complete(): boolean {
      return next === expected.length;
    },
    /** Gives whatever is still held, sorted by file: called once, after the last page. */
    finish(): void {
      const rest = [...early].filter((entry): entry is [string, T] => entry[1] !== undefined).concat(unexpected);
      early.clear();
      unexpected.length = 0;
      rest.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [file, page] of rest) give(file, page);
    },
  };
}
