import { push } from '../multimap.ts';
import { closenessTest, keysOf } from './passage-copies.ts';

/**
 * Groups texts in order, each joining the first group whose first text is
 * close to it (`closenessTest(near)`), or starting a group of its own: a
 * claim's concordance groups its wordings so.
 *
 * Testing every group in turn costs the square of the number of wordings when
 * few are copies of each other (a claim with 400 wordings in 400 groups:
 * 80,000 tests; 20 s for 100 such claims). Two wordings can only be close if
 * at least `t` of the shorter one's `s` words (counted with repeats) are words
 * of the other, `t` being the least count with t / s >= near. So some word
 * among the shorter one's s - t + 1 rarest (in one order of every word here,
 * rarest first) is a word of the other: otherwise the common words would all
 * be among its t - 1 others. Each group's first text is indexed by its words
 * and by its rarest ones, and a text is tested only against the groups that
 * one of these could match, lowest first: the same groups as testing them
 * all, with the tests that could not pass left out.
 */
export function closenessGroups<T>(items: readonly T[], text: (item: T) => string, near: number): T[][] {
  const close = closenessTest(near);
  const groups: T[][] = [];
  if (!(near > 0)) {
    // Every pair of texts with words passes; no word tells which groups to skip.
    for (const item of items) {
      const group = groups.find((g) => close(text(g[0]!), text(item)));
      if (group) group.push(item);
      else groups.push([item]);
    }
    return groups;
  }
  // Each word with its occurrence number ("the#2"), so that repeats count as in closenessTest.
  const tokens = items.map((item) => {
    const seen = new Map<string, number>();
    return keysOf(text(item)).map((k) => {
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      return `${k}#${n}`;
    });
  });
  const frequency = new Map<string, number>();
  for (const list of tokens) for (const t of list) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  /** Groups by a word of their first text, and by one of its rarest words. */
  const byWord = new Map<string, number[]>();
  const byRareWord = new Map<string, number[]>();

  items.forEach((item, i) => {
    const words = tokens[i]!;
    const rare = [...words].sort(rarestFirst).slice(0, rareCount(words.length, near));
    const candidates = new Set<number>();
    for (const w of words) for (const g of byRareWord.get(w) ?? []) candidates.add(g);
    for (const w of rare) for (const g of byWord.get(w) ?? []) candidates.add(g);
    const joined = [...candidates].sort((a, b) => a - b).find((g) => close(text(groups[g]![0]!), text(item)));
    if (joined !== undefined) {
      groups[joined]!.push(item);
      return;
    }
    const group = groups.push([item]) - 1;
    for (const w of words) push(byWord, w, group);
    for (const w of rare) push(byRareWord, w, group);
  });
  return groups;
}

/** s - t + 1 for a text of `s` words: how many of its rarest words one of the common words must be among. */
function rareCount(s: number, near: number): number {
  if (s === 0) return 0;
  // The least t with t / s >= near, by the same division closenessTest makes.
  let t = Math.max(1, Math.ceil(near * s));
  while (t > 1 && (t - 1) / s >= near) t--;
  while (t <= s && t / s < near) t++;
  return Math.max(0, s - t + 1);
}
