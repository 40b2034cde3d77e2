import { createHash } from 'node:crypto';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ShareCard } from './card.ts';
import { renderShareImage } from './draw.ts';

/**
 * Share images cost about 3 ms of CPU each to draw and write, ten thousand of
 * them at 10,000 documents. Each is kept in node_modules/.cache/ under a hash
 * of everything it is drawn from: the card's words, the drawing code, and the
 * versions of the packages that set and rasterise the text and of the
 * typeface. A rebuild draws only the cards
 * that changed; a clean checkout has no cache and draws them all (the
 * deployment workflow keeps it between deployments). In a build, threads draw
 * the cards into the cache, one beside the pages and one after them
 * (prerender.ts), and the build copies each file into the site (publish.ts).
 */
export const shareCacheDir = (root: string) => join(root, 'node_modules', '.cache', 'annotated-reader', 'share-images');

const inputsByRoot = new Map<string, string>();

/**
 * What every image depends on beside its card, the drawing code and the
 * packages that draw, as a digest: hashing the code itself again for every
 * card took a second of Astro's thread at 10,000 documents (profiled).
 */
function rendererInputs(root: string): string {
  let inputs = inputsByRoot.get(root);
  if (inputs === undefined) {
    const read = (path: string) => {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch {
        return '';
      }
    };
    const version = (pkg: string) =>
      (JSON.parse(read(join('node_modules', pkg, 'package.json')) || '{}') as { version?: string }).version ?? '';
    inputs = createHash('sha256')
      .update(
        JSON.stringify([
          ...['draw', 'typeset', 'raster', 'png'].map((name) => read(`src/lib/share-images/${name}.ts`)),
          ...['opentype.js', '@resvg/resvg-js', '@fontsource/source-serif-4'].map(version),
        ]),
      )
      .digest('hex');
    inputsByRoot.set(root, inputs);
  }
  return inputs;
}

/** The cache key of a card's image. */
export function shareImageKey(card: ShareCard, root: string): string {
  return createHash('sha256')
    .update(rendererInputs(root))
    .update(JSON.stringify([card.label, card.headline, card.chain, card.disputed, card.badge, card.detail]))
    .digest('hex')
    .slice(0, 40);
}

function cached(file: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** Where the cache keeps a card's image. */
const cacheFile = (card: ShareCard, root: string) => join(shareCacheDir(root), `${shareImageKey(card, root)}.png`);

/** The card's PNG, from the cache when it is there; drawn and kept there otherwise. */
export async function cachedShareImage(card: ShareCard, root = process.cwd()): Promise<Uint8Array<ArrayBuffer>> {
  const dir = shareCacheDir(root);
  const file = cacheFile(card, root);
  const hit = cached(file);
  if (hit) return hit;
  const png = renderShareImage(card);
  try {
    mkdirSync(dir, { recursive: true });
    // Written whole under another name, then renamed: a reader never sees half a file, and two writers of one card write the same bytes.
    const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  } catch {
    // A read-only node_modules: the image is still right, only not kept.
  }
  return png;
}

/** Whether images drawn now are kept: the cache's folder can be made and written (not so in a read-only node_modules). */
export function cacheKeeps(root = process.cwd()): boolean {
  try {
    mkdirSync(shareCacheDir(root), { recursive: true });
    accessSync(shareCacheDir(root), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether the card's image is in the cache already. */
export function isCached(card: ShareCard, root = process.cwd()): boolean {
  return existsSync(cacheFile(card, root));
}

/**
 * Writes the card's PNG to `target`, copied from the cache by the file
 * system (a clone where it can), drawn into the cache first when it is not
 * there. Its bytes never pass through JavaScript unless it has to be drawn.
 */
export async function writeShareImage(card: ShareCard, target: string, root = process.cwd()): Promise<void> {
  const file = cacheFile(card, root);
  mkdirSync(dirname(target), { recursive: true });
  if (!existsSync(file)) {
    const png = await cachedShareImage(card, root);
    // A read-only node_modules keeps nothing: the drawn bytes are written as they are.
    if (!existsSync(file)) return writeFileSync(target, png);
  }
  copyFileSync(file, target, constants.COPYFILE_FICLONE);
}
