/**
 * What Pagefind reads of a rendered page, and nothing else: the `<html>` tag
 * (its `lang` picks the index language), the head's `<meta>` tags that carry
 * `data-pagefind-*` filters and metadata, and the `data-pagefind-body`
 * element with every `data-pagefind-ignore` subtree cut out.
 *
 * Pagefind would skip the rest itself, but only after the build has encoded
 * it, piped it to Pagefind and Pagefind has parsed it: a document page's
 * margin notes, source card and JSON-LD are most of its bytes.
 * The index is the same either way (a build test compares the two); only the
 * list of elements with an id that Pagefind keeps per page differs, since it
 * also lists ids inside ignored parts.
 *
 * The input is this site's own rendered HTML. Anything this scanner does not
 * expect (no body or several, an unclosed element, a Pagefind attribute inside
 * an ignored part or outside the body on something other than a `<meta>`)
 * returns the page whole, so the index can never lose what Pagefind would see.
 */

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** An opening tag: its name, and where the tag starts and ends. */
interface Tag {
  name: string;
  start: number;
  end: number;
}

/** The opening tag that contains the attribute found at `at`. */
function tagAround(html: string, at: number): Tag | undefined {
  const start = html.lastIndexOf('<', at);
  const end = html.indexOf('>', at);
  const name = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start, start + 40))?.[1]?.toLowerCase();
  if (start < 0 || end < 0 || !name || html.lastIndexOf('>', at) > start) return undefined;
  return { name, start, end: end + 1 };
}

const endsName = (c: string | undefined) => c === '>' || c === '/' || c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Where the element opened by `tag` ends (after its closing tag), counting nested elements of the same name. */
function elementEnd(html: string, tag: Tag, limit: number): number | undefined {
  if (voidElements.has(tag.name) || html[tag.end - 2] === '/') return tag.end;
  const open = `<${tag.name}`;
  const close = `</${tag.name}`;
  let depth = 1;
  let from = tag.end;
  let nextOpen = html.indexOf(open, from);
  while (true) {
    const c = html.indexOf(close, from);
    if (c < 0 || c >= limit) return undefined;
    // Elements of the same name opened before this closing tag nest inside.
    for (; nextOpen >= 0 && nextOpen < c; nextOpen = html.indexOf(open, nextOpen + 1)) if (endsName(html[nextOpen + open.length])) depth++;
    from = c + close.length;
    if (!endsName(html[from])) continue;
    if (--depth === 0) {
      const end = html.indexOf('>', from);
      return end < 0 ? undefined : end + 1;
    }
  }
}

/** Every Pagefind attribute in the page: where it is and what it is (body, ignore, filter, meta…). */
function pagefindAttributes(html: string): { at: number; kind: string }[] {
  return Array.from(html.matchAll(/data-pagefind-([a-z-]+)/g), (m) => ({ at: m.index, kind: m[1]! }));
}

export function pagefindView(html: string): string {
  const attributes = pagefindAttributes(html);
  const bodies = attributes.filter((a) => a.kind === 'body');
  if (bodies.length !== 1) return html;
  const body = tagAround(html, bodies[0]!.at);
  const bodyEnd = body && elementEnd(html, body, html.length);
  const htmlTag = /<html(?:\s[^>]*)?>/i.exec(html);
  if (!body || !bodyEnd || !htmlTag) return html;
  const inBody = (a: { at: number }) => a.at > body.start && a.at < bodyEnd;

  // Outside the body, Pagefind reads only filters and metadata.
  const kept: string[] = [];
  for (const a of attributes) {
    if (inBody(a) || a.kind === 'body') continue;
    const tag = tagAround(html, a.at);
    if (tag?.name !== 'meta') return html;
    const element = html.slice(tag.start, tag.end);
    if (kept.at(-1) !== element) kept.push(element);
  }

  // Inside it, every ignored subtree goes, unless it holds filters or metadata.
  const read = attributes.filter((a) => inBody(a) && a.kind !== 'ignore' && a.kind !== 'body');
  let text = '';
  let at = body.end;
  for (const a of attributes) {
    if (a.kind !== 'ignore' || !inBody(a) || a.at < at) continue; // not an ignore marker in the body, or inside a subtree already cut
    const tag = tagAround(html, a.at);
    const end = tag && elementEnd(html, tag, bodyEnd);
    if (!tag || !end) return html;
    if (read.some((r) => r.at > tag.start && r.at < end)) return html;
    text += html.slice(at, tag.start);
    at = end;
  }
  text += html.slice(at, bodyEnd);
  return `<!DOCTYPE html>${htmlTag[0]}<head>${kept.join('')}</head><body>${html.slice(body.start, body.end)}${text}</body></html>`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Leaves ids only on a page's passages, each given a `data-pagefind-title`:
 * its facts as JSON (src/lib/search/records.ts). An element with an id is one
 * of the anchors Pagefind keeps with the page's result, with its own text and
 * the position of its first word, and Pagefind does not search its title:
 * the search page reads the passages from there. Every other id (paragraphs,
 * names, notes) would only add its element's text to the result a second
 * time: on a document page, three to five times the page's own text. Done on
 * what Pagefind reads only, so the pages readers load keep their ids and
 * carry no titles.
 */
export function withPassageAnchors(view: string, passages: Record<string, unknown> = {}): string {
  return view.replace(/ id="([^"]+)"/g, (attribute, id: string) =>
    Object.hasOwn(passages, id) ? `${attribute} data-pagefind-title="${escapeAttribute(JSON.stringify(passages[id]))}"` : '',
  );
}
