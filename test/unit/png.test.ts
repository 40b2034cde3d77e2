// The share cards' PNG encoder: a valid PNG (signature, chunks, CRCs) whose
// pixels read back as the RGB of what was drawn, decoded by a reader other
// than the encoder (resvg, drawing the PNG as an image).
import { crc32, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/share-images/png.ts';

const WIDTH = 5;
const HEIGHT = 3;
/** Opaque pixels, each a different colour. */
const rgba = new Uint8Array(WIDTH * HEIGHT * 4).map((_, i) => (i % 4 === 3 ? 255 : (i * 37 + 11) % 256));

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
}
function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    out.push({
      type: png.toString('latin1', at + 4, at + 8),
      data: png.subarray(at + 8, at + 8 + length),
      crc: png.readUInt32BE(at + 8 + length),
    });
    at += 12 + length;
  }
  return out;
}

describe('the share-image PNG encoder', () => {
  const png = Buffer.from(encodePng(rgba, WIDTH, HEIGHT));

  it('writes the PNG signature, then IHDR, IDAT and IEND, each with the CRC of its type and data', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const c of list) expect(c.crc).toBe(crc32(Buffer.concat([Buffer.from(c.type, 'latin1'), c.data])));
  });

  it('declares the size and 8-bit RGB in its header', () => {
    const header = chunks(png)[0]!.data;
    expect(header.readUInt32BE(0)).toBe(WIDTH);
    expect(header.readUInt32BE(4)).toBe(HEIGHT);
    expect([...header.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  });

  it('stores each row unfiltered as the red, green and blue of its pixels, the alpha dropped', () => {
    const raw = inflateSync(chunks(png)[1]!.data);
    expect(raw.length).toBe(HEIGHT * (1 + WIDTH * 3));
    for (let y = 0; y < HEIGHT; y++) {
      const row = raw.subarray(y * (1 + WIDTH * 3), (y + 1) * (1 + WIDTH * 3));
      expect(row[0]).toBe(0);
      const expected = [...rgba.subarray(y * WIDTH * 4, (y + 1) * WIDTH * 4)].filter((_, i) => i % 4 !== 3);
      expect([...row.subarray(1)]).toEqual(expected);
    }
  });

  it('reads back as the same pixels in another decoder', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><image width="${WIDTH}" height="${HEIGHT}" style="image-rendering:pixelated" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    expect([...pixels]).toEqual([...rgba]);
  });

  it('refuses pixels that do not fill the size it is given', () => {
    expect(() => encodePng(rgba, WIDTH + 1, HEIGHT)).toThrow('is not 6 × 3 RGBA');
  });
});
