import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * An 8-bit palette PNG from rows already laid out as PNG wants them (each a
 * filter byte, then one palette index per pixel), compressed by Node's zlib.
 * A palette picture is a third of the bytes of an RGB one to compress.
 */
export function palettePng(width: number, height: number, palette: Uint8Array, rows: Uint8Array): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits a pixel, palette colour, deflate, adaptive filters, not interlaced
  // Runs of one colour only: 0.8 ms and 31 KB a card, against 1.3 ms and 29 KB at level 3 with
  // zlib's usual matching and 3.7 ms and 24 KB at its default level (measured on 300 cards).
  const data = deflateSync(rows, { level: 3, strategy: constants.Z_RLE });
  const chunks = [chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(8 + chunks.reduce((sum, c) => sum + c.length, 0));
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A chunk: its length, its type, its data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
