import { words, type Word } from './words.ts';

/**
 * Word-level differences between two wordings of one claim: which words of a
 * later wording are not in the first one, and which words of the first one it
 * leaves out. Words compare by `wordKey` (case, quote style and surrounding
 * punctuation ignored), so only a change of wording shows.
 */
export type DiffOp = 'same' | 'added' | 'removed';

export interface DiffToken {
  op: DiffOp;
  /** The word as written (in the later wording for same and added, in the first for removed). */
  text: string;
}

export interface WordDiff {
  tokens: DiffToken[];
  added: number;
  removed: number;
  /** True when every word matches (punctuation, case and quote style aside). */
  identical: boolean;
}

/** Longest common subsequence table over the middle part only; wordings are sentences, so n·m stays small. */
function lcs(a: Word[], b: Word[]): Uint32Array {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i]!.key === b[j]!.key ? table[(i + 1) * width + j + 1]! + 1 : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  return table;
}

/** Within each run of changed words, the left-out words first, then the added ones: "~~a b~~ x y" reads better than "~~a~~ x ~~b~~ y". */
function groupChanges(tokens: DiffToken[]): void {
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i]!.op === 'same') {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]!.op !== 'same') j++;
    const run = tokens.slice(i, j);
    tokens.splice(i, j - i, ...run.filter((t) => t.op === 'removed'), ...run.filter((t) => t.op === 'added'));
    i = j;
  }
}

/** Differences of `other` from `base`, in reading order of `other`, with removed words where they would have stood. */
export function wordDiff(base: string, other: string): WordDiff {
  // A token of punctuation only ("—") compares as itself.
  const keyed = (text: string) => words(text).map((w) => (w.key === '' ? { ...w, key: w.text } : w));
  const a = keyed(base);
  const b = keyed(other);
  // Common prefix and suffix cost nothing; only the middle needs the table.
  let head = 0;
  while (head < a.length && head < b.length && a[head]!.key === b[head]!.key) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail]!.key === b[b.length - 1 - tail]!.key) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const tokens: DiffToken[] = b.slice(0, head).map((w) => ({ op: 'same', text: w.text }));
  const table = lcs(midA, midB);
  const width = midB.length + 1;
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i]!.key === midB[j]!.key) {
      tokens.push({ op: 'same', text: midB[j]!.text });
      i++;
      j++;
    } else if (j < midB.length && (i === midA.length || table[i * width + j + 1]! >= table[(i + 1) * width + j]!)) {
      tokens.push({ op: 'added', text: midB[j++]!.text });
    } else {
      tokens.push({ op: 'removed', text: midA[i++]!.text });
    }
  }
  tokens.push(...b.slice(b.length - tail).map((w): DiffToken => ({ op: 'same', text: w.text })));
  groupChanges(tokens);
  const added = tokens.filter((t) => t.op === 'added').length;
  const removed = tokens.filter((t) => t.op === 'removed').length;
  return { tokens, added, removed, identical: added === 0 && removed === 0 };
}
