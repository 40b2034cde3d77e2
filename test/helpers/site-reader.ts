// Reading a built site from a folder as a static host serves it: listing its
// files, parsing pages once each, resolving site paths and links to files.
// dist-pages.ts reads dist/ through it; the gates' fixtures read small sites
// under test/fixtures/ through it, so both are checked by the same code.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { normalizeBase } from '../../src/lib/urls.ts';

export interface SiteReader {
  /** The folder served. */
  dir: string;
  /** Base path, "/" or "/reader/". */
  base: string;
  /** Origin of the site's absolute URLs ("http://localhost:4321"). */
  origin: string;
  /** Every file with this extension, relative to dir with `/` separators, sorted. */
  files(extension: string): string[];
  /** Every HTML page. */
  pages(): string[];
  read(file: string): string;
  /** The parsed DOM of a page (parsed once). */
  page(file: string): Document;
  /** The file a site path is served from (a directory means its index.html), or undefined. */
  fileForPath(pathname: string): string | undefined;
  /** Ids present in a page. */
  idsIn(file: string): Set<string>;
  /** A site path with the base in front. */
  sitePath(path: string): string;
  /** The URL a file is served at. */
  urlOfFile(file: string): URL;
  /** A link's target resolved against the page it is on; undefined when it leaves the site. */
  internalTarget(href: string, fromFile: string): URL | undefined;
}

export { normalizeBase };

export function siteReader(options: { dir: string; base?: string; origin?: string }): SiteReader {
  const dir = resolve(options.dir);
  const base = normalizeBase(options.base ?? '/');
  const origin = new URL(options.origin ?? 'http://localhost:4321').origin;
  const parsed = new Map<string, Document>();

  const list = (extension: string, folder = dir): string[] => {
    const out: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) out.push(...list(extension, path));
      else if (entry.name.endsWith(extension)) out.push(relative(dir, path).split(sep).join('/'));
    }
    return out.sort();
  };
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const page = (file: string): Document => {
    let doc = parsed.get(file);
    if (!doc) {
      doc = parseHTML(read(file)).document as unknown as Document;
      parsed.set(file, doc);
    }
    return doc;
  };
  const sitePath = (path: string) => base + path.replace(/^\//, '');
  const urlOfFile = (file: string) => new URL(sitePath(file.replace(/(^|\/)index\.html$/, '$1')), origin);

  return {
    dir,
    base,
    origin,
    files: (extension) => list(extension),
    pages: () => list('.html'),
    read,
    page,
    sitePath,
    urlOfFile,
    fileForPath(pathname) {
      if (!pathname.startsWith(base)) return undefined;
      let decoded: string;
      try {
        decoded = '/' + decodeURIComponent(pathname.slice(base.length));
      } catch {
        return undefined;
      }
      const target = resolve(dir, `.${decoded}`);
      if (target !== dir && !target.startsWith(dir + sep)) return undefined;
      if (!existsSync(target)) return undefined;
      const isDirectory = statSync(target).isDirectory();
      if (!isDirectory && decoded.endsWith('/')) return undefined;
      const file = isDirectory ? join(target, 'index.html') : target;
      if (!existsSync(file)) return undefined;
      return relative(dir, file).split(sep).join('/');
    },
    // Not cached: a test may add elements to a parsed page to probe a checker.
    idsIn: (file) => new Set([...page(file).querySelectorAll('[id]')].map((el) => el.getAttribute('id')!)),
    internalTarget(href, fromFile) {
      const url = new URL(href, urlOfFile(fromFile));
      return url.origin === origin ? url : undefined;
    },
  };
}
