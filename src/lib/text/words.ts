/**
 * Words of a text for comparison: each run of non-space characters, with its
 * offsets, and a key that ignores case, quote style and the punctuation
 * around it ("“Turkey,” → turkey), so the same words compare equal whether
 * they are quoted, paraphrased or end a clause.
 */
export interface Word {
  /** The word as written, with its punctuation. */
  text: string;
  /** The comparison key; empty for a token of punctuation only ("—"). */
  key: string;
  start: number;
  end: number;
}

const quotes: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '«': '"',
  '»': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '`': "'",
};

/** Straight quotes for typographic ones. */
export const straightenQuotes = (s: string): string => s.replace(/[“”„‟«»‘’‚‛`]/g, (c) => quotes[c]!);

/** Comparison key of one token: lower case, straight quotes, no leading or trailing punctuation. */
export function wordKey(token: string): string {
  return straightenQuotes(token)
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}$€£]+|[^\p{L}\p{N}%]+$/gu, '');
}

export function words(text: string): Word[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], key: wordKey(m[0]), start: m.index!, end: m.index! + m[0].length }));
}
