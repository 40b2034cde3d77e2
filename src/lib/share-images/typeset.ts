import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import opentype, { type Font, type Glyph } from 'opentype.js';

/**
 * Text for the share cards, set in Source Serif 4 (its npm package,
 * @fontsource) by opentype.js: glyphs with their ligatures, lines broken at
 * spaces to fit a width. The face comes in two subsets, Latin and Latin
 * Extended; a letter missing from the first (ğ in Erdoğan) is taken from the
 * second, so names print as written.
 */

export type Weight = 400 | 700;

/** A face: one subset at one weight. */
export interface Face {
  /** Its place in the list of faces, part of a glyph's key in the raster cache. */
  id: number;
  font: Font;
}

/** How a piece of text is set. */
export interface TextStyle {
  size: number;
  weight: Weight;
  /** Extra space after each letter, in pixels (CSS letter-spacing). */
  letterSpacing?: number;
  uppercase?: boolean;
}

/** A glyph on a line: which glyph of which face, and where its origin is, in pixels from the line's start. */
export interface PlacedGlyph {
  face: Face;
  glyph: Glyph;
  x: number;
}

export interface Line {
  glyphs: PlacedGlyph[];
  width: number;
}

let faces: Record<Weight, Face[]> | undefined;

function loadFaces(): Record<Weight, Face[]> {
  if (faces) return faces;
  // Resolved from the project, not from this module: Astro bundles this file elsewhere.
  const require = createRequire(join(process.cwd(), 'package.json'));
  let id = 0;
  const load = (subset: string, weight: Weight): Face => {
    const file = readFileSync(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`));
    return { id: id++, font: opentype.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)) };
  };
  faces = { 400: [load('latin', 400), load('latin-ext', 400)], 700: [load('latin', 700), load('latin-ext', 700)] };
  return faces;
}

/**
 * The height of a line at `line-height: normal`, as a multiple of the size:
 * the face's ascender and descender (Source Serif 4 has no line gap).
 */
export function normalLineHeight(): number {
  const { font } = loadFaces()[400][0]!;
  return (font.ascender - font.descender) / font.unitsPerEm;
}

/** Where the baseline sits in a line box of `lineHeight` pixels, from the box's top (CSS half-leading). */
export function baselineIn(lineHeight: number, size: number): number {
  const { font } = loadFaces()[400][0]!;
  const content = ((font.ascender - font.descender) / font.unitsPerEm) * size;
  return (lineHeight - content) / 2 + (font.ascender / font.unitsPerEm) * size;
}

/** The face of `weight` that has the letter, the first one if none has. */
function faceFor(char: string, weight: Weight): Face {
  const list = loadFaces()[weight];
  return list.find((face) => face.font.charToGlyphIndex(char) > 0) ?? list[0]!;
}

/** Sets a word (no spaces) as glyphs from x = 0: runs of letters from one face, each shaped with its ligatures. */
function setWord(word: string, style: TextStyle): Line {
  const glyphs: PlacedGlyph[] = [];
  const scale = (font: Font) => style.size / font.unitsPerEm;
  let x = 0;
  let run = '';
  let runFace: Face | undefined;
  const flush = () => {
    if (!runFace || !run) return;
    for (const glyph of runFace.font.stringToGlyphs(run)) {
      glyphs.push({ face: runFace, glyph, x });
      x += (glyph.advanceWidth ?? 0) * scale(runFace.font) + (style.letterSpacing ?? 0);
    }
    run = '';
  };
  for (const char of word) {
    const face = faceFor(char, style.weight);
    if (face !== runFace) flush();
    runFace = face;
    run += char;
  }
  flush();
  return { glyphs, width: x };
}

const wordCache = new Map<string, Line>();

/** A word set in a style, from a cache: card after card repeats the same outlets, labels and badges. */
function word(text: string, style: TextStyle): Line {
  const key = `${style.size}/${style.weight}/${style.letterSpacing ?? 0}/${text}`;
  let line = wordCache.get(key);
  if (!line) {
    line = setWord(text, style);
    if (wordCache.size > 20_000) wordCache.clear();
    wordCache.set(key, line);
  }
  return line;
}

/** The width of a space in a style. */
const spaceWidth = (style: TextStyle) => word(' ', style).width;

/** Text set on one line, however long. */
export function setLine(text: string, style: TextStyle): Line {
  return breakLines(text, style, Infinity)[0] ?? { glyphs: [], width: 0 };
}

/**
 * Text broken into lines no wider than `width`, at spaces, each line as wide
 * as its words and the spaces between them; a word wider than a line is
 * broken between letters.
 */
export function breakLines(text: string, style: TextStyle, width: number): Line[] {
  const shown = style.uppercase ? text.toUpperCase() : text;
  const lines: Line[] = [];
  let current: Line = { glyphs: [], width: 0 };
  const space = spaceWidth(style);
  const append = (line: Line, piece: Line, at: number) => {
    for (const g of piece.glyphs) line.glyphs.push({ ...g, x: g.x + at });
    line.width = at + piece.width;
  };
  for (const text of shown.split(/\s+/).filter(Boolean)) {
    const piece = word(text, style);
    const at = current.glyphs.length ? current.width + space : 0;
    if (current.glyphs.length && at + piece.width > width) {
      lines.push(current);
      current = { glyphs: [], width: 0 };
    }
    if (!current.glyphs.length && piece.width > width) {
      // Letter by letter: a word wider than the line (a long address, say) may not run off the card.
      for (const g of piece.glyphs) {
        const advance = (g.glyph.advanceWidth ?? 0) * (style.size / g.face.font.unitsPerEm) + (style.letterSpacing ?? 0);
        if (current.glyphs.length && current.width + advance > width) {
          lines.push(current);
          current = { glyphs: [], width: 0 };
        }
        append(current, { glyphs: [{ ...g, x: 0 }], width: advance }, current.width);
      }
      continue;
    }
    append(current, piece, current.glyphs.length ? current.width + space : 0);
  }
  if (current.glyphs.length) lines.push(current);
  return lines;
}
