// The parts of opentype.js (2.0, which ships no types) that the share cards use.
declare module 'opentype.js' {
  interface BoundingBox {
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }
  /** An outline's commands, in pixels (the Q and C control points as x1, y1 and x2, y2). */
  export type PathCommand =
    | { type: 'M' | 'L'; x: number; y: number }
    | { type: 'Q'; x1: number; y1: number; x: number; y: number }
    | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
    | { type: 'Z' };
  export interface Path {
    commands: PathCommand[];
    getBoundingBox(): BoundingBox;
  }
  export interface Glyph {
    index: number;
    advanceWidth?: number;
    /** The outline at a size, its origin at (x, y), y growing downwards. */
    getPath(x: number, y: number, fontSize: number): Path;
  }
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    charToGlyphIndex(char: string): number;
    /** The glyphs of a string, with the face's ligatures. */
    stringToGlyphs(text: string): Glyph[];
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
