// The last gate before a build is published: whatever the content check
// missed, no page of the staged site may link to another scheme than http(s)
// or mailto, point at a path of this site that holds no file, or repeat an id.
// It reads the HTML as a browser's tokenizer would at the level that matters
// here (tags, quoted attributes, character references; script and style
// bodies skipped), without building a DOM, so it stays linear in the site's size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './list-files.ts';

const urlAttributes = new Set(['href', 'src', 'srcset', 'action', 'formaction']);
const rawText = new Set(['script', 'style', 'template', 'textarea', 'title']);
const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  period: '.',
  num: '#',
  nbsp: '\u00a0',
};

/** An attribute value with its character references decoded (the ones that can spell a scheme, and all numeric ones). */
export function decodeAttribute(value: string): string {
  return value.replace(
    /&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));?/gi,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      if (hex) return String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff));
      if (dec) return String.fromCodePoint(Math.min(Number(dec), 0x10ffff));
      return named[name!.toLowerCase()] ?? whole;
    },
  );
}

// Whitespace is HTML's (tab, line feed, form feed, carriage return, space), not
// JavaScript's \s, which also takes U+00A0: a browser keeps that in a name or
// an unquoted value, and a page read as Latin-1 (siteProblems) has 0xA0 bytes
// inside UTF-8 characters.
const tagOpen = /<([a-zA-Z][a-zA-Z0-9-]*)/y;
const attributePattern = /[\t\n\f\r /]*([^\t\n\f\r />=]+)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"?|'([^']*)'?|([^\t\n\f\r >]*)))?/y;
const tagEnd = /[\t\n\f\r /]*(?:>|$)/y;

/**
 * Calls `onAttribute` with the name and value of each attribute of each start
 * tag, in order, skipping comments and the bodies of raw-text elements. The
 * value is as written: its character references are not decoded. A
 * callback, not a generator of tags: the gate reads every page of the site,
 * and a generator's objects cost it a quarter of its time (profiled).
 */
export function forEachAttribute(html: string, onAttribute: (name: string, value: string) => void): void {
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    tagOpen.lastIndex = lt;
    const open = tagOpen.exec(html);
    if (!open) {
      i = lt + 1;
      continue;
    }
    let j = tagOpen.lastIndex;
    for (;;) {
      tagEnd.lastIndex = j;
      if (tagEnd.test(html)) {
        j = tagEnd.lastIndex;
        break;
      }
      attributePattern.lastIndex = j;
      const attribute = attributePattern.exec(html);
      if (!attribute) {
        j++;
        continue;
      }
      j = attributePattern.lastIndex;
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      onAttribute(attribute[1]!.toLowerCase(), value);
    }
    i = j;
    const name = open[1]!.toLowerCase();
    if (rawText.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = i;
      i = closing.exec(html)?.index ?? n;
    }
  }
}

/** The URLs an attribute holds (srcset lists several, each before its width or density). */
function urlsOf(attribute: string, value: string): string[] {
  if (attribute !== 'srcset') return [value];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Why a URL on the page at `pagePath` (site path, e.g. "/documents/x/") is not
 * allowed, or undefined. `exists` says whether a site path names a file.
 */
export function urlProblem(url: string, pagePath: string, base: string, exists: (file: string) => boolean): string | undefined {
  // Browsers ignore leading and trailing controls and spaces, and tabs and line breaks anywhere.
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme) return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? undefined : `the scheme "${scheme}:" is not allowed`;
  if (/^[\\/]{2}/.test(cleaned)) return 'a protocol-relative URL is not allowed';
  if (cleaned === '' || cleaned.startsWith('#')) return undefined;
  let target: URL;
  try {
    target = new URL(cleaned, `http://site.invalid${pagePath}`);
  } catch {
    return 'not a URL';
  }
  if (target.origin !== 'http://site.invalid') return 'it leaves the site';
  if (!target.pathname.startsWith(base)) return `it points outside the site's base ${base}`;
  let path: string;
  try {
    path = decodeURIComponent(target.pathname.slice(base.length));
  } catch {
    return 'not a URL';
  }
  if (path.split('/').includes('..')) return 'it points outside the site';
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (exists(file) || exists(`${path}/index.html`)) return undefined;
  return `no file in the site at ${target.pathname}`;
}

/**
 * Verdicts on root-relative URLs ("/entities/x/"), by the URL before its
 * fragment, which do not depend on the page they are on: the same few
 * thousand recur on every page (profiled: at 10,000 documents, parsing each
 * again was a third of the gate's time).
 */
export type UrlVerdicts = Map<string, string | undefined>;

/**
 * A copy of a string that does not point into the page it was read from: V8
 * keeps a substring as a view of its whole page, and a key of the verdicts
 * would keep every page of the site in memory (the gate ran out of its heap
 * at 3,000 documents).
 */
const detached = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

/** A string read as Latin-1 (one character per byte) read again as the UTF-8 it holds. */
const utf8FromLatin1 = (value: string) => (/[\x80-\xff]/.test(value) ? Buffer.from(value, 'latin1').toString('utf8') : value);

/** Every problem on one page: `attribute="value": reason` for URLs, `id "x" is used N times`. */
export function pageProblems(
  html: string,
  pagePath: string,
  base: string,
  exists: (file: string) => boolean,
  verdicts: UrlVerdicts = new Map(),
  encoding: 'text' | 'latin1' = 'text',
): string[] {
  const problems: string[] = [];
  const ids = new Map<string, number>();
  // A value read as Latin-1 is read as UTF-8 again before its references are decoded, which can spell any character.
  const asText = encoding === 'latin1' ? utf8FromLatin1 : (value: string) => value;
  const valueOf = (written: string) => {
    const value = asText(written);
    return value.includes('&') ? decodeAttribute(value) : value;
  };
  forEachAttribute(html, (attribute, written) => {
    if (attribute === 'id') {
      const id = valueOf(written);
      ids.set(id, (ids.get(id) ?? 0) + 1);
    } else if (urlAttributes.has(attribute)) {
      const value = valueOf(written);
      for (const url of urlsOf(attribute, value)) {
        const rooted = url.startsWith('/') && !url.startsWith('//');
        const hash = url.indexOf('#');
        const key = hash < 0 ? url : url.slice(0, hash);
        let reason = rooted ? verdicts.get(key) : undefined;
        if (!rooted || (reason === undefined && !verdicts.has(key))) {
          reason = urlProblem(url, pagePath, base, exists);
          if (rooted) verdicts.set(detached(key), reason);
        }
        if (reason) problems.push(`${attribute}="${url.slice(0, 80)}": ${reason}`);
      }
    }
  });
  for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" is used ${count} times`);
  return problems;
}

/** Which pages of the site one thread checks: every `of`-th page in sorted order, from the `part`-th (counting from 0). */
export interface GateShare {
  part: number;
  of: number;
}

/**
 * Checks every HTML page of a built site (or the pages of one `share`);
 * returns `file: problem` lines, in the order of the files (empty when the
 * site passes). `coming` names files (relative to `dir`) that are still being
 * written, counted as there: the build writes them meanwhile and fails if one
 * cannot be written.
 */
export function siteProblems(dir: string, base: string, coming: readonly string[] = [], share: GateShare = { part: 0, of: 1 }): string[] {
  const files = new Set<string>(coming);
  for (const file of filesUnder(dir)) files.add(file);
  const exists = (file: string) => files.has(file);
  const root = base.endsWith('/') ? base : `${base}/`;
  const problems: string[] = [];
  // A build whose pages never arrived must not replace a site that has them.
  if (share.part === 0 && !files.has('index.html')) problems.push('index.html: missing: the site has no home page');
  const verdicts: UrlVerdicts = new Map();
  const pages = [...files].filter((file) => file.endsWith('.html')).sort();
  for (let i = share.part; i < pages.length; i += share.of) {
    const file = pages[i]!;
    const pagePath = `${root}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    // Read as Latin-1, a byte a character: the markup is ASCII, and decoding every page as UTF-8 took
    // a third of the time spent reading them (measured at 1,000 documents).
    for (const problem of pageProblems(readFileSync(join(dir, file), 'latin1'), pagePath, root, exists, verdicts, 'latin1'))
      problems.push(`${file}: ${problem}`);
  }
  return problems;
}
