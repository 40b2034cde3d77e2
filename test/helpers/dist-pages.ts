// Reading the built site in dist/: listing its pages, parsing them once each,
// resolving internal URLs to files, and the analysed content they were built from.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase, siteReader } from './site-reader.ts';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The built site; DIST_DIR points the tests at another build (a copy, or one made with BASE_PATH). */
export const distDir = resolve(process.env.DIST_DIR ?? join(projectRoot, 'dist'));

/** The build's base path and absolute origin, read from the environment as astro.config.mjs reads them. */
export const base = normalizeBase(process.env.BASE_PATH ?? '/');
export const siteOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
/** A site path with the base in front: `sitePath('documents/x/')` is `/documents/x/` or `/reader/documents/x/`. */
export const sitePath = (path: string) => base + path.replace(/^\//, '');

if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error('dist/ has no index.html: run `npm run build` before the build and browser tests.');
}

/** dist/ read as a static host serves it (see site-reader.ts). */
export const dist = siteReader({ dir: distDir, base, origin: siteOrigin });

/** Every file under dist/ with the given extension, as paths relative to dist/ with `/` separators. */
export const distFiles = (extension: string): string[] => dist.files(extension);

/** Every HTML page of the site (dist/**\/*.html). */
export const htmlPages = (): string[] => dist.pages();

export const readDist = (file: string): string => dist.read(file);

/** The parsed DOM of one dist file (parsed once, shared by every test in the file). */
export const page = (file: string): Document => dist.page(file);

/**
 * The dist file a site path (`/documents/x/`, `/annotations/x.jsonld`) is served
 * from, as the static server resolves it: a directory means its index.html.
 * Returns undefined when nothing in dist/ answers the path.
 */
export const fileForPath = (pathname: string): string | undefined => dist.fileForPath(pathname);

/** Ids present in a page, for checking `#fragment` links. */
export const idsIn = (file: string): Set<string> => dist.idsIn(file);

let corpus: Corpus | undefined;
/** The content as the analyser sees it: what every page and export was built from. */
export function contentCorpus(): Corpus {
  if (!corpus) {
    const analysis = analyseContent(readContent(projectRoot));
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`content has errors: ${errors.map((d) => d.message).join('; ')}`);
    corpus = analysis.corpus;
  }
  return corpus;
}

export const documentFile = (slug: string) => `documents/${slug}/index.html`;

/** Elements that hold one block of the document's text. */
export const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, td, th, pre';
/** Elements that lay out as blocks without holding text of their own. */
const CONTAINERS = new Set([
  'DIV',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'SECTION',
  'FIGURE',
  'ASIDE',
  'HR',
  'DL',
  'DT',
  'DD',
]);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const isBlock = (node: Node): node is Element =>
  node.nodeType === 1 &&
  (CONTAINERS.has((node as Element).tagName) ||
    (node as Element).matches(TEXT_BLOCKS) ||
    (node as Element).querySelector(TEXT_BLOCKS) !== null);

/** The text blocks under an element, as a browser lays them out: runs of inline content outside any block count as one block each (CSS anonymous blocks). */
function blocksOf(el: Element): string[] {
  if (el.matches(TEXT_BLOCKS) && el.querySelector(TEXT_BLOCKS) === null) return [collapse(el.textContent ?? '')];
  const blocks: string[] = [];
  let run = '';
  const flush = () => {
    blocks.push(collapse(run));
    run = '';
  };
  for (const child of el.childNodes) {
    if (isBlock(child)) {
      flush();
      blocks.push(...blocksOf(child));
    } else if (child.nodeType === 1 || child.nodeType === 3) run += child.textContent ?? '';
  }
  flush();
  return blocks.filter((b) => b !== '');
}

/**
 * A document page's text as a reader sees it without the notes:
 * `[data-doc-text]` less every `[data-pagefind-ignore]` element, the text of
 * each block joined by blank lines, whitespace collapsed inside a block.
 */
export function renderedText(doc: Document): string {
  const root = doc.querySelector('[data-doc-text]');
  if (!root) throw new Error('page has no [data-doc-text] element');
  const clone = root.cloneNode(true) as Element;
  for (const el of [...clone.querySelectorAll('[data-pagefind-ignore]')]) el.remove();
  return blocksOf(clone).join('\n\n');
}

/** The URL a dist file is served at. */
export const urlOfFile = (file: string): URL => dist.urlOfFile(file);

/** A link's target, resolved against the page it is on; undefined when it leaves the site. */
export const internalTarget = (href: string, fromFile: string): URL | undefined => dist.internalTarget(href, fromFile);
