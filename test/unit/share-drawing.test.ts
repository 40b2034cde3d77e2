import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { claimCard, documentCard, type ShareCard } from '../../src/lib/share-images/card.ts';
import { cardLayout, renderShareImage, SHARE_HEIGHT, SHARE_WIDTH } from '../../src/lib/share-images/draw.ts';
import { Canvas, hex } from '../../src/lib/share-images/raster.ts';
import { breakLines, setLine } from '../../src/lib/share-images/typeset.ts';

const graph = buildGraph(analyseContent(readContent(process.cwd())).corpus);
const disputed = documentCard(graph, 'russia-presents-proof-turkey-role');
const quiet = claimCard(graph, graph.claims.find((c) => graph.disputesOf(c.id).length === 0)!.id);

/** A palette PNG read back: every chunk's CRC checked, the rows inflated, a pixel's colour by its place. */
function readPng(png: Uint8Array) {
  const buf = Buffer.from(png);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    expect(buf.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(buf.subarray(at + 4, at + 8 + length)));
    chunks.set(type, buf.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const header = chunks.get('IHDR')!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([...header.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
  const palette = chunks.get('PLTE')!;
  const rows = inflateSync(chunks.get('IDAT')!);
  expect(rows.length).toBe((width + 1) * height);
  return {
    width,
    height,
    filters: new Set(Array.from({ length: height }, (_, y) => rows[y * (width + 1)])),
    colour: (x: number, y: number) => {
      const index = rows[y * (width + 1) + 1 + x]!;
      expect(3 * index).toBeLessThan(palette.length);
      return [...palette.subarray(3 * index, 3 * index + 3)];
    },
  };
}

describe('the share image as drawn', () => {
  it('is a valid palette PNG of 1200 × 630: the band in the card’s accent, the ground in the page colour', () => {
    for (const [card, accent] of [
      [disputed, '#8a2a0b'],
      [quiet, '#0b4f8a'],
    ] as const) {
      const png = readPng(renderShareImage(card));
      expect([png.width, png.height]).toEqual([SHARE_WIDTH, SHARE_HEIGHT]);
      expect(png.filters).toEqual(new Set([0]));
      expect(png.colour(10, 300)).toEqual([...hex(accent)]);
      expect(png.colour(1190, 10)).toEqual([...hex('#fffdf8')]);
    }
  });

  it('inks the headline: the text’s pixels are in the text colour and its shades, nothing else', () => {
    const layout = cardLayout(disputed);
    const headline = layout.text[1]!;
    const png = readPng(renderShareImage(disputed));
    const top = Math.round(headline.top);
    const seen = new Set<string>();
    for (let y = top; y < top + headline.lineHeight; y++) for (let x = 80; x < 600; x++) seen.add(png.colour(x, y).join());
    expect(seen).toContain(hex('#1d1b16').join());
    expect(seen.size).toBeGreaterThan(20); // smooth edges, not two colours
    expect(seen.size).toBeLessThanOrEqual(64); // the background and one ink's 63 levels
  });

  it('keeps every line of text inside the card’s margins, and the headline above the rule', () => {
    const long = {
      ...disputed,
      headline: 'A headline of many words that goes on '.repeat(5).trim(),
      detail: 'and a status sentence that runs long '.repeat(4),
    };
    for (const card of [disputed, quiet, long] satisfies ShareCard[]) {
      const layout = cardLayout(card);
      for (const block of layout.text)
        for (const line of block.lines) {
          expect(block.left).toBeGreaterThanOrEqual(80);
          expect(block.left + line.width).toBeLessThanOrEqual(SHARE_WIDTH - 56 + 1);
        }
      const rule = layout.boxes[1]!;
      const headline = layout.text[1]!;
      expect(headline.top + headline.lines.length * headline.lineHeight).toBeLessThanOrEqual(rule.y);
      const last = layout.text.at(-1)!;
      expect(last.top + last.lines.length * last.lineHeight).toBeLessThanOrEqual(SHARE_HEIGHT - 48 + 0.5);
    }
  });

  it('sets a letter the Latin subset lacks from the Latin Extended one', () => {
    const [line] = breakLines('Erdoğan', { size: 26, weight: 400 }, 1000);
    const faces = line!.glyphs.map((g) => g.face.id);
    expect(new Set(faces).size).toBe(2);
    expect(line!.glyphs.every((g) => g.glyph.index > 0)).toBe(true);
  });

  it('sets the face’s ligatures: “fi” is one glyph', () => {
    expect(setLine('fi', { size: 26, weight: 400 }).glyphs).toHaveLength(1);
  });

  it('breaks lines at spaces within the width, and a word wider than a line between its letters', () => {
    const style = { size: 26, weight: 400 } as const;
    const width = setLine('one two three', style).width + 1;
    const lines = breakLines('one two three four nine six seven', style, width);
    expect(lines[0]!.glyphs.length).toBe('onetwothree'.length);
    expect(lines.flatMap((l) => l.glyphs).length).toBe('onetwothreefourninesixseven'.length);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(width);
    const long = breakLines('x'.repeat(80), style, 300);
    expect(long.length).toBeGreaterThan(1);
    for (const line of long) expect(line.width).toBeLessThanOrEqual(300);
  });

  it('draws a letter the same at every quarter pixel (a glyph outline once came out with NaN and filled in)', () => {
    const [b] = setLine('b', { size: 26, weight: 400 }).glyphs;
    const inked = (x: number) => {
      const canvas = new Canvas(40, 40);
      canvas.begin(hex('#ffffff'), [hex('#000000')]);
      canvas.drawGlyph(b!.face, b!.glyph, 26, x, 30, 0);
      return canvas.rows.reduce((sum, index) => sum + index, 0);
    };
    const base = inked(5);
    for (const x of [5.25, 5.5, 5.75]) expect(Math.abs(inked(x) - base) / base).toBeLessThan(0.05);
  });

  it('clips a shape at the edges of the canvas: what falls inside is drawn as on a larger canvas, and nothing wraps onto another row', () => {
    const [g] = setLine('W', { size: 40, weight: 700 }).glyphs;
    const draw = (canvas: Canvas, x: number, y: number) => {
      canvas.begin(hex('#ffffff'), [hex('#000000'), hex('#ff0000')]);
      canvas.drawGlyph(g!.face, g!.glyph, 40, x, y, 0);
      canvas.strokeRoundedRect(x - 4, y - 30, 24, 40, 6, 2, 1);
      return canvas;
    };
    // The same drawing, whole on a large canvas, and cut by every edge of a small one placed over it.
    const large = draw(new Canvas(80, 80), 30, 45);
    const small = draw(new Canvas(24, 20), 30 - 20, 45 - 30);
    const pixel = (canvas: Canvas, x: number, y: number) => canvas.rows[y * (canvas.width + 1) + 1 + x]!;
    let inked = 0;
    for (let y = 0; y < small.height; y++) {
      expect(small.rows[y * (small.width + 1)]).toBe(0); // each row's filter byte
      for (let x = 0; x < small.width; x++) {
        expect(pixel(small, x, y), `${x}, ${y}`).toBe(pixel(large, x + 20, y + 30));
        if (pixel(small, x, y) !== 0) inked++;
      }
    }
    expect(inked).toBeGreaterThan(20);
  });
});
