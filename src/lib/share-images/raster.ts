import { Resvg } from '@resvg/resvg-js';
import type { Glyph, Path } from 'opentype.js';
import type { Face } from './typeset.ts';

/**
 * A picture in a few colours: a background and up to four inks, each with 63
 * levels of coverage over the background, so that every pixel is one byte
 * (an index in the palette of an 8-bit PNG, png.ts). The pixels are kept as
 * the PNG's rows, each after its filter byte, and the canvas is reused card
 * after card: drawing a card allocates nothing but its file.
 *
 * Glyphs are rasterised by resvg once per glyph, size and quarter pixel, and
 * kept as coverage masks; a card's text is then copied from them. A card drawn
 * as one SVG cost resvg about 7 ms to parse and fill, and satori 6 ms to lay
 * it out, every time (measured).
 */

export const LEVELS = 63;
export type Rgb = readonly [number, number, number];

/**
 * Coverage of a shape placed at (left, top) from its origin, in the canvas's
 * levels (0 to LEVELS per pixel), worked out once per mask, not per pixel
 * drawn: a card draws a few thousand glyphs from a few hundred masks.
 */
interface Mask {
  width: number;
  height: number;
  left: number;
  top: number;
  levels: Uint8Array;
}

/** Coverage from 0 to 255 (resvg's alpha) as the canvas's levels. */
function levelsOf(alpha: Uint8Array): Uint8Array {
  const levels = new Uint8Array(alpha.length);
  for (let i = 0; i < alpha.length; i++) levels[i] = Math.round((alpha[i]! * LEVELS) / 255);
  return levels;
}

export const hex = (colour: string): Rgb => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as unknown as Rgb;

/** A shape as resvg fills it, in black: its alpha channel is the coverage. */
function rasterise(svgBody: string, width: number, height: number): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${svgBody}</svg>`;
  const { pixels } = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[i * 4 + 3]!;
  return alpha;
}

/** Glyph masks by face, glyph, size and quarter pixel. */
const glyphMasks = new Map<string, Mask>();

function glyphMask(face: Face, glyph: Glyph, size: number, quarter: number): Mask {
  const key = `${face.id}/${glyph.index}/${size}/${quarter}`;
  let mask = glyphMasks.get(key);
  if (!mask) {
    const path = glyph.getPath(quarter / 4, 0, size);
    const box = path.getBoundingBox();
    const left = Math.floor(box.x1) - 1;
    const top = Math.floor(box.y1) - 1;
    const width = Math.max(1, Math.ceil(box.x2) + 1 - left);
    const height = Math.max(1, Math.ceil(box.y2) + 1 - top);
    const d = pathData(path);
    const alpha = d ? rasterise(`<path transform="translate(${-left} ${-top})" d="${d}"/>`, width, height) : new Uint8Array(width * height);
    mask = { width, height, left, top, levels: levelsOf(alpha) };
    glyphMasks.set(key, mask);
  }
  return mask;
}

/**
 * SVG path data from an outline's commands. (opentype.js's own toPathData
 * wrote "NaN" for some coordinates, a whole number among them: a filled
 * letter.)
 */
function pathData(path: Path): string {
  const n = (v: number) => String(Math.round(v * 1000) / 1000);
  return path.commands
    .map((c) => {
      switch (c.type) {
        case 'M':
        case 'L':
          return `${c.type}${n(c.x)} ${n(c.y)}`;
        case 'Q':
          return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
        case 'C':
          return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
        default:
          return 'Z';
      }
    })
    .join('');
}

const borderMasks = new Map<string, Mask>();

export class Canvas {
  readonly width: number;
  readonly height: number;
  /** The PNG's rows: a filter byte (0, none) then one palette index per pixel. */
  readonly rows: Uint8Array;
  private readonly stride: number;
  private inks: Rgb[] = [];
  private background: Rgb = [255, 255, 255];

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.stride = width + 1;
    this.rows = new Uint8Array(this.stride * height);
  }

  /** Starts a picture: the background everywhere, and the inks it is drawn with (at most four). */
  begin(background: Rgb, inks: Rgb[]): void {
    if (inks.length > 4) throw new Error('a share card is drawn with at most four inks');
    this.background = background;
    this.inks = inks;
    this.rows.fill(0);
  }

  /** The palette: the background, then each ink's levels from faint to full. */
  palette(): Uint8Array {
    const out = new Uint8Array(3 * (1 + this.inks.length * LEVELS));
    out.set(this.background, 0);
    this.inks.forEach((ink, i) => {
      for (let level = 1; level <= LEVELS; level++) {
        const at = 3 * (1 + i * LEVELS + level - 1);
        for (let c = 0; c < 3; c++) out[at + c] = Math.round(this.background[c]! + ((ink[c]! - this.background[c]!) * level) / LEVELS);
      }
    });
    return out;
  }

  /** A box in full ink, on whole pixels. */
  fillRect(x: number, y: number, width: number, height: number, ink: number): void {
    const index = (ink + 1) * LEVELS;
    const x0 = Math.max(0, Math.round(x));
    const x1 = Math.min(this.width, Math.round(x + width));
    for (let row = Math.max(0, Math.round(y)); row < Math.min(this.height, Math.round(y + height)); row++) {
      const start = row * this.stride + 1;
      this.rows.fill(index, start + x0, start + x1);
    }
  }

  /** Draws a mask in `ink`, clipped to the canvas; where two shapes meet, the stronger coverage stays. */
  private drawMask(mask: Mask, x: number, y: number, ink: number): void {
    const [left, top] = [x + mask.left, y + mask.top];
    const [firstCol, endCol] = [Math.max(0, -left), Math.min(mask.width, this.width - left)];
    const [firstRow, endRow] = [Math.max(0, -top), Math.min(mask.height, this.height - top)];
    const { rows } = this;
    const base = ink * LEVELS;
    for (let row = firstRow; row < endRow; row++) {
      const line = (top + row) * this.stride + 1 + left;
      const from = row * mask.width;
      for (let col = firstCol; col < endCol; col++) {
        const level = mask.levels[from + col]!;
        if (level === 0) continue;
        const present = rows[line + col]!;
        if (present === 0 || ((present - 1) % LEVELS) + 1 < level) rows[line + col] = base + level;
      }
    }
  }

  /** A glyph with its origin at (x, baseline): x to the quarter pixel, the baseline to the pixel. */
  drawGlyph(face: Face, glyph: Glyph, size: number, x: number, baseline: number, ink: number): void {
    const whole = Math.floor(x);
    let quarter = Math.round((x - whole) * 4);
    let origin = whole;
    if (quarter === 4) [origin, quarter] = [whole + 1, 0];
    this.drawMask(glyphMask(face, glyph, size, quarter), origin, Math.round(baseline), ink);
  }

  /** The outline of a box with rounded corners, `thickness` wide inside its edge (a CSS border). */
  strokeRoundedRect(x: number, y: number, width: number, height: number, radius: number, thickness: number, ink: number): void {
    const [w, h] = [Math.round(width), Math.round(height)];
    const key = `${w}/${h}/${radius}/${thickness}`;
    let mask = borderMasks.get(key);
    if (!mask) {
      const inset = thickness / 2;
      const shape = `<rect x="${inset}" y="${inset}" width="${w - thickness}" height="${h - thickness}" rx="${radius - inset}" fill="none" stroke="#000" stroke-width="${thickness}"/>`;
      mask = { width: w, height: h, left: 0, top: 0, levels: levelsOf(rasterise(shape, w, h)) };
      borderMasks.set(key, mask);
    }
    this.drawMask(mask, Math.round(x), Math.round(y), ink);
  }
}
