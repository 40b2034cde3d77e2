/** Levenshtein distance, small and exact; ids are short so O(n·m) is fine. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/**
 * The known id closest to a mistyped one, or undefined when nothing is close.
 * A prefix or substring match counts as close ("rudskoy" → "sergey-rudskoy").
 */
export function suggest(wrong: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const contains = candidate.includes(wrong) || wrong.includes(candidate);
    const score = contains ? Math.abs(candidate.length - wrong.length) / 10 : editDistance(wrong, candidate);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  const limit = Math.max(2, Math.floor(wrong.length / 3));
  return bestScore <= limit ? best : undefined;
}

/** " (did you mean "x"?)" or nothing. */
export function didYouMean(wrong: string, known: Iterable<string>): string {
  const hit = suggest(wrong, known);
  return hit ? `; did you mean "${hit}"?` : '';
}
