// Positions for rules that run on analysed documents and records, which keep
// only where each component starts: these find the attribute or key itself.

export interface Position {
  line: number;
  column: number;
}

/** Offset in `text` of a 1-based line and column. */
function offsetOf(text: string, at: Position): number {
  let offset = 0;
  for (let line = 1; line < at.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + at.column - 1;
}

/** 1-based line and column of an offset in `text`. */
export function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where attribute `name` is written in the tag that starts at `tag`, or the
 * tag itself when it is not found (an attribute of the opening tag lies
 * before the tag's first '>' outside a quoted value).
 */
export function attributeAt(source: string, tag: Position, name: string): Position {
  const start = offsetOf(source, tag);
  const tagName = /<[\w.]*/y;
  tagName.lastIndex = start;
  if (!tagName.exec(source)) return tag;
  const attribute = /\s*(?:([A-Za-z][\w-]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'))?|(\/?>))/y;
  attribute.lastIndex = tagName.lastIndex;
  for (let match = attribute.exec(source); match && !match[2]; match = attribute.exec(source)) {
    if (match[1] === name) return positionOf(source, match.index + match[0].indexOf(name));
  }
  return tag;
}

/** Line of the first YAML key `key:` in a content file (its frontmatter), column 1; line 1 when absent. */
export function keyAt(text: string, key: string): Position {
  const index = text.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`));
  return { line: index === -1 ? 1 : index + 1, column: 1 };
}
