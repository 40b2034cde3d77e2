// Share images kept in node_modules/.cache under a hash of what they are drawn
// from: a card drawn once is read back, not drawn again, and a changed card
// gets a key of its own.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { documentCard, shareImages } from '../../src/lib/share-images/card.ts';
import { writeShareImages } from '../../src/lib/share-images/publish.ts';
import { cachedShareImage, isCached, shareCacheDir, shareImageKey, writeShareImage } from '../../src/lib/share-images/cache.ts';
import { renderShareImage } from '../../src/lib/share-images/draw.ts';
import { prerenderWorkerPath } from '../../src/lib/share-images/prerender.ts';

const graph = buildGraph(analyseContent(readContent(process.cwd())).corpus);
const card = documentCard(graph, 'russia-presents-proof-turkey-role');
const root = mkdtempSync(join(tmpdir(), 'share-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the share-image cache', { timeout: 30_000 }, () => {
  it('keys a card by everything drawn from it: the same card the same key, another headline another key', () => {
    expect(shareImageKey(card, root)).toBe(shareImageKey({ ...card }, root));
    expect(shareImageKey({ ...card, headline: `${card.headline}!` }, root)).not.toBe(shareImageKey(card, root));
    expect(shareImageKey({ ...card, disputed: !card.disputed }, root)).not.toBe(shareImageKey(card, root));
  });

  it('keys on the drawing code too, so a changed drawing is drawn again', () => {
    const changed = mkdtempSync(join(tmpdir(), 'share-cache-code-'));
    try {
      mkdirSync(join(changed, 'src', 'lib', 'share-images'), { recursive: true });
      writeFileSync(join(changed, 'src', 'lib', 'share-images', 'draw.ts'), '// another drawing');
      expect(shareImageKey(card, changed)).not.toBe(shareImageKey(card, root));
    } finally {
      rmSync(changed, { recursive: true, force: true });
    }
  });

  it('draws a card the first time, keeps the same bytes as drawing it, and reads them back afterwards', async () => {
    expect(isCached(card, root)).toBe(false);
    const drawn = await cachedShareImage(card, root);
    expect(Buffer.from(drawn).equals(Buffer.from(renderShareImage(card)))).toBe(true);
    const file = join(shareCacheDir(root), `${shareImageKey(card, root)}.png`);
    expect(existsSync(file)).toBe(true);
    expect(isCached(card, root)).toBe(true);
    // What is in the cache is what comes back: the card is not drawn again.
    writeFileSync(file, 'kept');
    expect(Buffer.from(await cachedShareImage(card, root)).toString()).toBe('kept');
    expect(readFileSync(file, 'utf8')).toBe('kept');
  });

  it('writes a card’s image into the site from the cache, drawing it into the cache first when it is not there', async () => {
    const other = documentCard(graph, 'turkey-buying-oil-from-isis');
    const site = join(root, 'site');
    expect(isCached(other, root)).toBe(false);
    await writeShareImage(other, join(site, 'share', 'documents', 'a.png'), root);
    expect(isCached(other, root)).toBe(true);
    const file = join(shareCacheDir(root), `${shareImageKey(other, root)}.png`);
    expect(readFileSync(join(site, 'share', 'documents', 'a.png')).equals(Buffer.from(renderShareImage(other)))).toBe(true);
    // Once cached, the file is copied as it is in the cache.
    writeFileSync(file, 'kept');
    await writeShareImage(other, join(site, 'share', 'documents', 'b.png'), root);
    expect(readFileSync(join(site, 'share', 'documents', 'b.png'), 'utf8')).toBe('kept');
  });

  it('writes the drawn image when the cache cannot be written (a read-only node_modules)', async () => {
    const readOnly = mkdtempSync(join(tmpdir(), 'share-cache-read-only-'));
    try {
      // A file where the cache's folder would be: nothing can be kept there.
      mkdirSync(join(readOnly, 'node_modules', '.cache', 'annotated-reader'), { recursive: true });
      writeFileSync(shareCacheDir(readOnly), '');
      await writeShareImage(card, join(readOnly, 'out', 'card.png'), readOnly);
      expect(readFileSync(join(readOnly, 'out', 'card.png')).equals(Buffer.from(renderShareImage(card)))).toBe(true);
      expect(isCached(card, readOnly)).toBe(false);
    } finally {
      rmSync(readOnly, { recursive: true, force: true });
    }
  });

  it('writes every image of a site from the cache, drawing first (in a thread) those not drawn yet', async () => {
    // A project whose source is this one's, so the thread finds its module, with a cache of its own.
    const project = mkdtempSync(join(tmpdir(), 'share-cache-thread-'));
    try {
      symlinkSync(join(import.meta.dirname, '..', '..', 'src'), join(project, 'src'));
      const images = shareImages(graph).slice(0, 3);
      await cachedShareImage(images[1]!.card, project);
      const drawnBefore = statSync(join(shareCacheDir(project), `${shareImageKey(images[1]!.card, project)}.png`)).mtimeMs;
      await writeShareImages(images, join(project, 'site'), project);
      for (const { file, card } of images) {
        const cachedFile = join(shareCacheDir(project), `${shareImageKey(card, project)}.png`);
        expect(readFileSync(join(project, 'site', file)).equals(readFileSync(cachedFile))).toBe(true);
      }
      // The image already drawn was copied, not drawn again.
      expect(statSync(join(shareCacheDir(project), `${shareImageKey(images[1]!.card, project)}.png`)).mtimeMs).toBe(drawnBefore);
      // The others were drawn: the files are the cards' pictures.
      expect(readFileSync(join(project, 'site', images[0]!.file)).equals(Buffer.from(renderShareImage(images[0]!.card)))).toBe(true);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('still writes every image when the drawing thread cannot start (here, no source tree to start it from)', async () => {
    const project = mkdtempSync(join(tmpdir(), 'share-cache-no-thread-'));
    try {
      const images = shareImages(graph).slice(-2);
      await writeShareImages(images, join(project, 'site'), project);
      for (const { file, card } of images) {
        expect(readFileSync(join(project, 'site', file)).equals(Buffer.from(renderShareImage(card)))).toBe(true);
      }
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('finds the drawing thread’s module where the build starts it (a failure there would only be slower, so nothing else would tell)', () => {
    expect(existsSync(prerenderWorkerPath(join(import.meta.dirname, '..', '..')))).toBe(true);
  });
});
