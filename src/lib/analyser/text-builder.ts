/**
 * Builds a document's plain text from Markdown inline content: whitespace
 * inside a block collapsed to single spaces, blocks joined by a blank line.
 * It remembers where each piece came from in the file, so a text offset can be
 * mapped back to a line and column.
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  /** [text offset, file offset] at the start of each appended piece. */
  private origins: [number, number][] = [];
  private blockStart = 0;
  /** [start, end) of every finished block, for sentence look-ups. */
  readonly blocks: [number, number][] = [];

  get offset(): number {
    return this.length;
  }

  private get lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  startBlock(): void {
    if (this.length > 0) this.push('\n\n');
    this.blockStart = this.length;
  }

  endBlock(): void {
    // Drop a trailing collapsed space so the block ends on a word.
    if (this.length > this.blockStart && this.lastChar === ' ') {
      const last = this.parts.pop()!;
      this.parts.push(last.slice(0, -1));
      this.length -= 1;
    }
    if (this.length > this.blockStart) this.blocks.push([this.blockStart, this.length]);
    else if (this.blockStart > 0) {
      // An empty block: take back the separator pushed for it.
      this.parts.pop();
      this.length -= 2;
    }
  }

  /** Appends text that starts at `fileOffset` in the source file. */
  text(value: string, fileOffset: number): void {
    let collapsed = value.replace(/\s+/g, ' ');
    const atBlockStart = this.length === this.blockStart;
    if ((atBlockStart || this.lastChar === ' ') && collapsed.startsWith(' ')) collapsed = collapsed.slice(1);
    if (!collapsed) return;
    this.origins.push([this.length, fileOffset]);
    this.push(collapsed);
  }

  private push(value: string): void {
    this.parts.push(value);
    this.length += value.length;
  }

  toString(): string {
    return this.parts.join('');
  }

  /** File offset of a text offset (approximate inside escaped text, exact at piece starts). */
  fileOffset(textOffset: number): number {
    let lo = 0;
    let hi = this.origins.length - 1;
    let found: [number, number] = [0, 0];
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const origin = this.origins[mid]!;
      if (origin[0] <= textOffset) {
        found = origin;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found[1] + (textOffset - found[0]);
  }
}

const abbreviation = /(?:^|[\s.(])(?:[A-Z][a-z]{0,3}|[A-Z])\.$/;

/** The sentence around [start, end) inside the block that holds it. */
export function sentenceAround(text: string, blocks: [number, number][], start: number, end: number): string {
  const block = blocks.find(([s, e]) => s <= start && end <= e) ?? [start, end];
  const blockText = text.slice(block[0], block[1]);
  const from = start - block[0];
  const to = end - block[0];
  // A sentence ends at . ! or ? followed by a space (closing quotes allowed);
  // figures such as "1.5" and "Lt. Gen." make this a heuristic, which is all a backlink needs.
  const boundary = /[.!?]["'”’)\]]*\s+(?=["'“‘(]?[A-Z0-9])/g;
  let sentenceStart = 0;
  let sentenceEnd = blockText.length;
  for (const match of blockText.matchAll(boundary)) {
    // "Lt. Gen." and "U.S." end in a period without ending the sentence.
    if (abbreviation.test(blockText.slice(Math.max(0, match.index! - 5), match.index! + 1))) continue;
    const after = match.index! + match[0].length;
    if (after <= from) sentenceStart = after;
    else if (match.index! + 1 >= to) {
      sentenceEnd = match.index! + match[0].trimEnd().length;
      break;
    }
  }
  return blockText.slice(sentenceStart, sentenceEnd).trim();
}
