// A build's share images are written beside Astro's pages, not rendered as
// Astro routes (those serve them under `astro dev` only). As a route, each
// image was read from the cache into a buffer, wrapped in a Response, read
// back by Astro and written out: about 22 s of the rendering thread at 10,000
// documents with every image cached (profiled). Here each is a file copied
// from the cache by the file system, while Pagefind writes the index.
import { join } from 'node:path';
import type { ShareImage } from './card.ts';
import { writeShareImage } from './cache.ts';

/**
 * Writes every share image into the site at `outDir`, in order: each copied
 * from the cache, those the drawing thread (prerender.ts) has not drawn yet
 * drawn first.
 */
export async function writeShareImages(images: ShareImage[], outDir: string, root = process.cwd()): Promise<void> {
  for (const { file, card } of images) await writeShareImage(card, join(outDir, file), root);
}
