/** Line and column (1-based) of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where a value is written under a frontmatter key (`claimant: x`, or an item
 * of `aliases: [a, b]` or of a block list below it): the key's line when the
 * value is not found, line 1 when the key is absent.
 */
export function frontmatterPosition(text: string, key: string, value?: string): { line: number; column: number } {
  const keyMatch = new RegExp(`^${key}:`, 'm').exec(text);
  if (!keyMatch) return { line: 1, column: 1 };
  if (value !== undefined) {
    // The value, quoted or bare, after the key and before the next top-level key.
    const rest = text.slice(keyMatch.index);
    const firstLine = rest.indexOf('\n') + 1;
    const end = firstLine > 0 ? rest.slice(firstLine).search(/^[A-Za-z-]+:|^---/m) : -1;
    const section = end < 0 ? rest : rest.slice(0, firstLine + end);
    const at = section.indexOf(value, key.length + 1);
    if (at >= 0) return positionAt(text, keyMatch.index + at);
  }
  return positionAt(text, keyMatch.index);
}
