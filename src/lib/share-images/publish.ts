// A build's share images are written beside Astro's pages, not rendered as
// Astro routes (those serve them under `astro dev` only). As a route, each
// image was read from the cache into a buffer, wrapped in a Response, read
// back by Astro and written out: about 22 s of the rendering thread at 10,000
// documents with every image cached (profiled). Here each is a file copied
// from the cache by the file system, while the site gate reads the pages.
import { join } from 'node:path';
import type { ShareImage } from './card.ts';
import { cacheKeeps, isCached, writeShareImage } from './cache.ts';
import { drawShareImagesInThread } from './prerender.ts';

/**
 * Writes every share image into the site at `outDir`, each copied from the
 * cache. Those the background thread has not drawn yet are drawn first, by a
 * second thread (prerender.ts); should the cache keep nothing, or that thread
 * fail, each is drawn here as it is written.
 */
export async function writeShareImages(images: ShareImage[], outDir: string, root = process.cwd()): Promise<void> {
  const missing = images.filter((i) => !isCached(i.card, root));
  if (missing.length > 0 && cacheKeeps(root)) {
    await drawShareImagesInThread(
      missing.map((i) => i.card),
      root,
    ).catch(() => {});
  }
  for (const { file, card } of images) await writeShareImage(card, join(outDir, file), root);
}
