// Share images: a 1200 × 630 PNG for every document and claim, named by the
// og:image and twitter:image tags of its page with an absolute URL.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentCorpus, distDir, fileForPath, page, siteOrigin, sitePath } from '../helpers/dist-pages.ts';

const corpus = contentCorpus();
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(join(distDir, file));
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = [
  ...corpus.documents.map((d) => ({ page: `documents/${d.slug}/index.html`, image: `share/documents/${d.slug}.png` })),
  ...corpus.claims.map((c) => ({ page: `claims/${c.id}/index.html`, image: `share/claims/${c.id}.png` })),
];

describe.each(pages)('$page', ({ page: file, image }) => {
  const doc = page(file);

  test('has a 1200 × 630 PNG share image', () => {
    expect(fileForPath(sitePath(image))).toBe(image);
    expect(pngSize(image)).toEqual({ width: 1200, height: 630 });
  });

  test('names it in og:image and twitter:image by its absolute URL, with its size and a text alternative', () => {
    const url = `${siteOrigin}${sitePath(image)}`;
    expect(meta(doc, 'og:image')).toBe(url);
    expect(meta(doc, 'twitter:image')).toBe(url);
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'og:image:height')).toBe('630');
    expect(meta(doc, 'og:image:type')).toBe('image/png');
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'og:image:alt')!.length).toBeGreaterThan(30);
    expect(meta(doc, 'twitter:image:alt')).toBe(meta(doc, 'og:image:alt'));
  });
});

test('every share image belongs to a document or a claim page', () => {
  const onDisk = ['documents', 'claims'].flatMap((kind) =>
    readdirSync(join(distDir, 'share', kind)).map((name) => `share/${kind}/${name}`),
  );
  expect(onDisk.sort()).toEqual(pages.map((p) => p.image).sort());
});

test('pages that are neither a document nor a claim name no share image', () => {
  for (const file of ['index.html', 'claims/index.html', 'documents/index.html', 'story/index.html', 'timeline/index.html']) {
    expect(meta(page(file), 'og:image'), file).toBeUndefined();
  }
});
