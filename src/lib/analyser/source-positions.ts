/** A 1-based line and column, as diagnostics print them. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps UTF-16 offsets of a text to lines and columns (1-based), by binary
 * search over the line starts. Any of \n, \r\n and a lone \r ends a line.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }
  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/**
 * The offsets at which each attribute of a JSX opening tag starts, in source
 * order (Sätteri gives attributes no position). `start` is the offset of the
 * tag's `<`. Scanning stops at the tag's end; an attribute it cannot find is
 * left out, and the caller falls back to the tag's own position.
 */
export function attributeOffsets(source: string, start: number): number[] {
  const offsets: number[] = [];
  let i = start + 1;
  const n = source.length;
  const skipSpace = () => {
    while (i < n && /\s/.test(source[i]!)) i++;
  };
  skipSpace();
  while (i < n && /[^\s/>{]/.test(source[i]!)) i++; // the tag name
  for (;;) {
    skipSpace();
    if (i >= n || source[i] === '>' || source[i] === '/') return offsets;
    offsets.push(i);
    if (source[i] === '{') {
      i = skipBraces(source, i);
      continue;
    }
    while (i < n && /[^\s=/>{]/.test(source[i]!)) i++;
    skipSpace();
    if (source[i] !== '=') continue;
    i++;
    skipSpace();
    const quote = source[i];
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, i + 1);
      if (close < 0) return offsets;
      i = close + 1;
    } else if (quote === '{') i = skipBraces(source, i);
    else return offsets;
  }
}

/** The offset after the `}` that closes the `{` at `i` (strings inside are skipped). */
function skipBraces(source: string, i: number): number {
  let depth = 0;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      const close = source.indexOf(c, i + 1);
      if (close < 0) return source.length;
      i = close;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return source.length;
}
