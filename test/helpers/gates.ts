// The quality gates on built output, as functions that return one message per
// problem (empty when the input passes). The build tests run them on dist/,
// and test/unit/gates.test.ts runs them on small failing fixtures under
// test/fixtures/gates/, so a gate that could never fail would be noticed.
import { createHash } from 'node:crypto';
import { SaxesParser } from 'saxes';
import { HtmlValidate } from 'html-validate';
import type { SiteReader } from './site-reader.ts';

// ---------------------------------------------------------------- valid HTML

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // SEO advice only; every rule about correctness or accessibility stays on.
    // Claim pages are titled by their full statement (up to 220 characters), which this rule flags.
    'long-title': 'off',
  },
});

/** html-validate's recommended rules: `line:column rule: message` per problem. */
export async function htmlProblems(html: string, name = 'page.html'): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

// ---------------------------------------------------------------- links

/** Every URL-bearing attribute a page can point somewhere with. */
const LINKING = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['form[action]', 'action'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
] as const;

/**
 * Why an internal URL does not resolve in the site (nothing at its path, or no
 * element with its fragment id), or undefined when it resolves or leaves the site.
 */
export function unresolved(site: SiteReader, value: string, fromFile: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)) return undefined; // mailto:, tel:, …
  let url: URL | undefined;
  try {
    url = site.internalTarget(value, fromFile);
  } catch {
    return 'not a URL';
  }
  if (!url) return undefined; // another site
  const target = site.fileForPath(url.pathname);
  if (!target) return `nothing in the site at ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && (!target.endsWith('.html') || !site.idsIn(target).has(fragment))) return `no id "${fragment}" in ${target}`;
  return undefined;
}

/** The internal links of a page that do not resolve, as `<attribute value>: <reason>`. */
export function brokenLinks(site: SiteReader, file: string): string[] {
  const broken: string[] = [];
  for (const [selector, attribute] of LINKING) {
    for (const el of site.page(file).querySelectorAll(selector)) {
      const value = el.getAttribute(attribute)!;
      const reason = unresolved(site, value, file);
      if (reason) broken.push(`${value}: ${reason}`);
    }
  }
  return broken;
}

/** Duplicate ids on a page: a fragment must name one element. */
export function duplicateIds(doc: Document): string[] {
  const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Links to other sites must not hand them this page (window.opener) or its address (Referer). */
export function unsafeExternalLinks(site: SiteReader, file: string): string[] {
  const problems: string[] = [];
  for (const a of site.page(file).querySelectorAll('a[href], area[href]')) {
    const href = a.getAttribute('href')!;
    if (!/^https?:/i.test(href)) continue;
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      continue; // reported by the link gate
    }
    if (url.origin === site.origin) continue;
    const rel = new Set((a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/));
    const missing = ['noopener', 'noreferrer'].filter((token) => !rel.has(token));
    if (missing.length > 0) problems.push(`${href}: rel lacks ${missing.join(' and ')}`);
  }
  return problems;
}

// ---------------------------------------------------------------- scripts and CSP

const JS_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/** A script element the browser runs (not a data block such as JSON-LD). */
export const isExecutable = (script: Element): boolean =>
  JS_TYPES.has((script.getAttribute('type') ?? '').trim().toLowerCase().split(';')[0]!.trim());

/** What a page runs: executable scripts, event-handler attributes and javascript: URLs. */
export function executableCode(doc: Document): string[] {
  const found: string[] = [];
  for (const script of doc.querySelectorAll('script')) {
    if (isExecutable(script)) found.push(script.getAttribute('src') ? `<script src="${script.getAttribute('src')}">` : '<script> (inline)');
  }
  for (const link of doc.querySelectorAll('link[rel~="modulepreload"], link[as="script"]'))
    found.push(`<link rel="${link.getAttribute('rel')}" href="${link.getAttribute('href')}">`);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith('on')) found.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
      if (/^\s*javascript:/i.test(attr.value) && ['href', 'src', 'action', 'formaction'].includes(attr.name))
        found.push(`<${el.tagName.toLowerCase()} ${attr.name}="javascript:…">`);
    }
  }
  return found;
}

/** The directives of a policy: name → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Sources that let in another origin, or code the page did not ship. */
const isForeignSource = (source: string) =>
  /^(\*|https?:|wss?:|data:|blob:|filesystem:|mediastream:)/i.test(source) ||
  /^[a-z0-9.-]+\.[a-z]{2,}/i.test(source) ||
  source === "'unsafe-inline'" ||
  source === "'unsafe-eval'" ||
  source === "'unsafe-hashes'" ||
  source === "'strict-dynamic'";

/** Every element that makes the browser load something, with the URL it loads. */
function resourceUrls(doc: Document): { what: string; url: string }[] {
  const out: { what: string; url: string }[] = [];
  const add = (selector: string, attribute: string) => {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute);
      if (!value) continue;
      const urls = attribute.endsWith('srcset')
        ? value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0]!)
            .filter(Boolean)
        : [value];
      for (const url of urls) out.push({ what: `<${el.tagName.toLowerCase()} ${attribute}>`, url });
    }
  };
  add('script[src]', 'src');
  add('link[href]', 'href');
  add('img[src]', 'src');
  add('img[srcset]', 'srcset');
  add('source[src]', 'src');
  add('source[srcset]', 'srcset');
  add('video[src]', 'src');
  add('video[poster]', 'poster');
  add('audio[src]', 'src');
  add('track[src]', 'src');
  add('iframe[src]', 'src');
  add('embed[src]', 'src');
  add('object[data]', 'data');
  add('input[src]', 'src');
  add('form[action]', 'action');
  return out;
}

/**
 * The Content-Security-Policy of a page: one <meta http-equiv> in the head,
 * before anything it governs; scripts limited to the site itself plus
 * WebAssembly compilation for Pagefind; no inline code without its hash; and
 * nothing loaded from another origin.
 */
export function cspProblems(site: SiteReader, file: string): string[] {
  const doc = site.page(file);
  const problems: string[] = [];
  const metas = [...doc.querySelectorAll('meta[http-equiv]')].filter(
    (m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) return [`has ${metas.length} Content-Security-Policy meta elements; expected 1`];
  const meta = metas[0]!;
  if (meta.parentElement?.tagName !== 'HEAD') problems.push('the CSP meta element is not in <head>');

  // The policy applies only to what comes after it in the document.
  const governed = [
    ...doc.querySelectorAll('script, style, link[rel~="stylesheet"], link[rel~="modulepreload"], link[rel~="preload"]'),
  ].filter((el) => el.tagName !== 'SCRIPT' || isExecutable(el));
  const all = [...doc.querySelectorAll('*')];
  const metaIndex = all.indexOf(meta);
  for (const el of governed) {
    if (all.indexOf(el) < metaIndex)
      problems.push(`<${el.tagName.toLowerCase()}> comes before the CSP meta element, so the policy does not cover it`);
  }

  const csp = parseCsp(meta.getAttribute('content') ?? '');
  const sources = (name: string) => csp.get(name) ?? csp.get('default-src');
  const defaults = csp.get('default-src');
  if (!defaults) problems.push('no default-src directive');
  else if (!defaults.every((s) => s === "'none'" || s === "'self'"))
    problems.push(`default-src allows more than the site itself: ${defaults.join(' ')}`);
  const scriptSrc = sources('script-src') ?? [];
  for (const needed of ["'self'", "'wasm-unsafe-eval'"]) if (!scriptSrc.includes(needed)) problems.push(`script-src lacks ${needed}`);
  if (csp.get('object-src')?.join(' ') !== "'none'" && defaults?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
  if (!csp.has('base-uri')) problems.push('no base-uri directive (it does not fall back to default-src)');
  if (!csp.has('form-action')) problems.push('no form-action directive (it does not fall back to default-src)');
  for (const [name, list] of csp) {
    for (const source of list) if (isForeignSource(source)) problems.push(`${name} allows ${source}`);
    if (['frame-ancestors', 'report-uri', 'sandbox'].includes(name))
      problems.push(`${name} is ignored in a <meta> policy; send it as an HTTP header`);
  }

  const scriptHashes = new Set(scriptSrc.filter((s) => s.startsWith("'sha")));
  for (const script of doc.querySelectorAll('script:not([src])')) {
    if (!isExecutable(script)) continue;
    if (!scriptHashes.has(sha256(script.textContent ?? '')))
      problems.push(`an inline <script> has no matching hash in script-src: ${(script.textContent ?? '').trim().slice(0, 60)}`);
  }
  const styleSrc = csp.get('style-src-elem') ?? sources('style-src') ?? [];
  const styleHashes = new Set(styleSrc.filter((s) => s.startsWith("'sha")));
  for (const style of doc.querySelectorAll('style')) {
    if (!styleHashes.has(sha256(style.textContent ?? '')))
      problems.push(`an inline <style> has no matching hash in style-src: ${(style.textContent ?? '').trim().slice(0, 60)}`);
  }
  for (const el of doc.querySelectorAll('[style]'))
    problems.push(`<${el.tagName.toLowerCase()} style="…"> is an inline style the policy blocks`);
  for (const code of executableCode(doc)) if (!code.startsWith('<script')) problems.push(`${code} is inline code the policy blocks`);

  for (const { what, url } of resourceUrls(doc)) {
    let resolved: URL;
    try {
      resolved = new URL(url, site.urlOfFile(file));
    } catch {
      problems.push(`${what} ${url} is not a URL`);
      continue;
    }
    if (resolved.origin !== site.origin) problems.push(`${what} loads ${url} from another origin`);
  }
  return problems;
}

// ---------------------------------------------------------------- JSON-LD

type Node = { [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const typesOf = (node: Node): string[] =>
  Array.isArray(node['@type']) ? (node['@type'] as string[]) : typeof node['@type'] === 'string' ? [node['@type'] as string] : [];

/** Fields every node of a type must carry (non-empty), on top of @type. */
export const requiredJsonLdFields: Record<string, string[]> = {
  WebSite: ['@id', 'name', 'url'],
  WebPage: ['name', 'isPartOf'],
  NewsArticle: ['@id', 'url', 'mainEntityOfPage', 'headline', 'description', 'inLanguage'],
  Person: ['@id', 'url', 'name', 'description'],
  Organization: ['@id', 'url', 'name', 'description'],
  NewsMediaOrganization: ['@id', 'url', 'name', 'description'],
  Place: ['@id', 'url', 'name', 'description'],
  Event: ['@id', 'url', 'name', 'description'],
  Claim: ['@id', 'url', 'text', 'author', 'firstAppearance', 'appearance'],
  Dataset: ['@id', 'url', 'name', 'description', 'distribution'],
};

/** The top-level nodes of a page's JSON-LD (each block, or the members of its @graph), or the problems found reading them. */
export function jsonLdNodes(doc: Document): { nodes: Node[]; problems: string[] } {
  const nodes: Node[] = [];
  const problems: string[] = [];
  const blocks = [...doc.querySelectorAll('script')].filter(
    (s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json',
  );
  if (blocks.length === 0) problems.push('no JSON-LD');
  blocks.forEach((block, i) => {
    const text = block.textContent ?? '';
    if (text.includes('<')) problems.push(`JSON-LD block ${i + 1} has a raw "<" (write it \\u003c so no value can close the element)`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problems.push(`JSON-LD block ${i + 1} does not parse: ${(error as Error).message}`);
      return;
    }
    if (!isNode(value)) {
      problems.push(`JSON-LD block ${i + 1} is not an object`);
      return;
    }
    const context = value['@context'];
    if (context !== 'https://schema.org' && context !== 'https://schema.org/')
      problems.push(`JSON-LD block ${i + 1} has @context ${JSON.stringify(context)}, not https://schema.org`);
    const members = Array.isArray(value['@graph']) ? (value['@graph'] as unknown[]).filter(isNode) : [value];
    nodes.push(...members);
  });
  return { nodes, problems };
}

/** Every node, nested ones included. */
function* walk(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const v of value) yield* walk(v);
  else if (isNode(value)) {
    yield value;
    for (const v of Object.values(value)) yield* walk(v);
  }
}

export interface JsonLdExpectation {
  /** The page's canonical URL: a WebPage node (or subtype) must carry it. Absent for a page without one (404). */
  pageUrl?: string;
  /** The type of the node the page is about (NewsArticle, Claim, …), which must have `url` equal to pageUrl. */
  mainType?: string;
}

/**
 * A page's JSON-LD: it parses, speaks schema.org, carries the fields each type
 * needs, describes the page, and rates nothing (no ClaimReview, no Rating).
 */
export function jsonLdProblems(doc: Document, expected: JsonLdExpectation = {}): string[] {
  const { nodes, problems } = jsonLdNodes(doc);
  for (const node of walk(nodes)) {
    const types = typesOf(node);
    for (const type of types) {
      if (type === 'ClaimReview' || type === 'Rating' || type === 'AggregateRating')
        problems.push(`a ${type} node: the site rates nothing`);
    }
    if ('reviewRating' in node || 'itemReviewed' in node) problems.push('a review property: the site rates nothing');
  }
  for (const node of nodes) {
    for (const type of typesOf(node)) {
      for (const field of requiredJsonLdFields[type] ?? []) {
        const value = node[field];
        if (
          value === undefined ||
          value === null ||
          value === '' ||
          (Array.isArray(value) && value.length === 0 && field !== 'appearance')
        ) {
          problems.push(`${type} ${String(node['@id'] ?? node.url ?? node.name ?? '')} lacks ${field}`.replace(/\s+lacks/, ' lacks'));
        }
      }
    }
    if (typesOf(node).length === 0) problems.push(`a top-level node has no @type`);
  }
  if (expected.pageUrl) {
    const pageNode = nodes.find((n) => typesOf(n).some((t) => t.endsWith('Page')) && n.url === expected.pageUrl);
    if (!pageNode) problems.push(`no WebPage node with url ${expected.pageUrl}`);
  }
  if (!nodes.some((n) => typesOf(n).includes('WebSite'))) problems.push('no WebSite node');
  if (expected.mainType) {
    const main = nodes.find((n) => typesOf(n).includes(expected.mainType!));
    if (!main) problems.push(`no ${expected.mainType} node`);
    else if (expected.pageUrl && main.url !== expected.pageUrl)
      problems.push(`the ${expected.mainType} node has url ${String(main.url)}, not ${expected.pageUrl}`);
  }
  return problems;
}

/** The URLs a page's JSON-LD points readers to (`url`, `contentUrl`, `urlTemplate` aside), for the link gate. */
export function jsonLdUrls(doc: Document): string[] {
  const urls = new Set<string>();
  for (const node of walk(jsonLdNodes(doc).nodes)) {
    for (const key of ['url', 'contentUrl']) if (typeof node[key] === 'string') urls.add(node[key] as string);
  }
  return [...urls];
}

// ---------------------------------------------------------------- XML: feed and sitemap

/** An element of a parsed XML document. */
export interface XmlElement {
  local: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * Parses XML with a conforming, namespace-aware parser (saxes): any
 * well-formedness error is a problem, reported as `line:column: message`.
 */
export function parseXml(xml: string): { root?: XmlElement; problems: string[] } {
  const problems: string[] = [];
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) problems.push('no XML declaration with encoding="UTF-8" at the start');
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => problems.push(error.message));
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const element: XmlElement = { local: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (value) => {
    if (stack.length > 0) stack[stack.length - 1]!.text += value;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (problems.length === 0) problems.push((error as Error).message);
  }
  return { root: problems.length === 0 ? root : undefined, problems };
}

/** Child elements with this local name and namespace. */
const childElements = (parent: XmlElement, name: string, ns = ''): XmlElement[] =>
  parent.children.filter((c) => c.local === name && c.uri === ns);
const text = (parent: XmlElement, name: string, ns = '') => {
  const child = childElements(parent, name, ns)[0];
  return child ? child.text.trim() : undefined;
};

export interface FeedDocument {
  url: string;
  title: string;
  /** YYYY-MM-DD, or null when unknown (then the item must have no pubDate). */
  published: string | null;
}

const RSS_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const ATOM = 'http://www.w3.org/2005/Atom';

/**
 * An RSS 2.0 feed: well-formed, with a complete channel, one item per
 * document (no more, no fewer), each with title, link, guid and a pubDate
 * exactly when the document's date is known.
 */
export function feedProblems(xml: string, documents: FeedDocument[], feedUrl?: string): string[] {
  const { root: rss, problems } = parseXml(xml);
  if (!rss) return problems;
  if (rss.local !== 'rss' || rss.uri !== '' || rss.attributes.version !== '2.0') return ['the root element is not <rss version="2.0">'];
  const channel = childElements(rss, 'channel')[0];
  if (!channel) return ['no <channel>'];
  for (const field of ['title', 'link', 'description']) if (!text(channel, field)) problems.push(`the channel has no <${field}>`);
  if (feedUrl) {
    const self = childElements(channel, 'link', ATOM).find((l) => l.attributes.rel === 'self');
    if (self?.attributes.href !== feedUrl) problems.push(`no <atom:link rel="self" href="${feedUrl}">`);
  }
  const expected = new Map(documents.map((d) => [d.url, d]));
  const seen = new Set<string>();
  childElements(channel, 'item').forEach((item, i) => {
    const link = text(item, 'link') ?? '';
    const where = `item ${i + 1} (${link || 'no link'})`;
    for (const field of ['title', 'link', 'guid', 'description']) if (!text(item, field)) problems.push(`${where} has no <${field}>`);
    if (seen.has(link)) problems.push(`${where} repeats a document`);
    seen.add(link);
    const document = expected.get(link);
    if (!document) {
      problems.push(`${where} is not a document of the site`);
      return;
    }
    if (text(item, 'title') !== document.title)
      problems.push(`${where} has title ${JSON.stringify(text(item, 'title'))}, not ${JSON.stringify(document.title)}`);
    const pubDate = text(item, 'pubDate');
    if (document.published === null) {
      if (pubDate !== undefined) problems.push(`${where} has a pubDate although the document's date is unknown`);
    } else if (!pubDate || !RSS_DATE.test(pubDate)) {
      problems.push(`${where} has no RFC 822 pubDate (got ${JSON.stringify(pubDate)})`);
    } else if (new Date(pubDate).toISOString().slice(0, 10) !== document.published) {
      problems.push(`${where} has pubDate ${pubDate}, not ${document.published}`);
    }
  });
  for (const url of expected.keys()) if (!seen.has(url)) problems.push(`the feed lacks the document ${url}`);
  return problems;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A sitemap: well-formed, in the sitemaps.org namespace, listing exactly the expected URLs, each once. */
export function sitemapProblems(xml: string, expectedUrls: string[]): string[] {
  const { root, problems } = parseXml(xml);
  if (!root) return problems;
  if (root.local !== 'urlset' || root.uri !== SITEMAP_NS) return [`the root element is not <urlset xmlns="${SITEMAP_NS}">`];
  const locs = childElements(root, 'url', SITEMAP_NS).map((u) => text(u, 'loc', SITEMAP_NS) ?? '');
  if (locs.length > 50_000) problems.push(`${locs.length} URLs; a sitemap holds at most 50,000`);
  const seen = new Set<string>();
  for (const loc of locs) {
    if (!/^https?:\/\//.test(loc)) problems.push(`<loc>${loc}</loc> is not an absolute URL`);
    if (seen.has(loc)) problems.push(`${loc} is listed twice`);
    seen.add(loc);
  }
  const expected = new Set(expectedUrls);
  for (const url of expected) if (!seen.has(url)) problems.push(`the sitemap lacks ${url}`);
  for (const url of seen) if (!expected.has(url)) problems.push(`the sitemap lists ${url}, which is not a page of the site`);
  return problems;
}
