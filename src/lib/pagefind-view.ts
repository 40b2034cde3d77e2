/**
 * What Pagefind reads of a rendered page, and nothing else: the `<html>` tag
 * (its `lang` picks the index language), the head's `<meta>` tags that carry
 * `data-pagefind-*` filters and metadata, and the `data-pagefind-body`
 * element with every `data-pagefind-ignore` subtree cut out.
 *
 * Pagefind would skip the rest itself, but only after the build has encoded
 * it, piped it to Pagefind and Pagefind has parsed it: a document page's
 * margin notes, endnotes, source card and JSON-LD are most of its bytes.
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

/** Where the element opened by `tag` ends (after its closing tag), counting nested elements of the same name. */
function elementEnd(html: string, tag: Tag, limit: number): number | undefined {
  if (voidElements.has(tag.name) || html[tag.end - 2] === '/') return tag.end;
  const pattern = new RegExp(`<(/?)${tag.name}(?=[\\s>/])`, 'gi');
  pattern.lastIndex = tag.end;
  let depth = 1;
  for (let m = pattern.exec(html); m && m.index < limit; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const close = html.indexOf('>', m.index);
      return close < 0 ? undefined : close + 1;
    }
  }
  return undefined;
}

/** Every position of `needle` in `html` from `from` up to `to`. */
function positions(html: string, needle: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = html.indexOf(needle, from); i >= 0 && i < to; i = html.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Pagefind attributes other than the body and ignore markers (filters, metadata, sorts…). */
const dataAttribute = /data-pagefind-(?!body|ignore)[a-z-]+/;

export function pagefindView(html: string): string {
  const bodies = positions(html, 'data-pagefind-body', 0, html.length);
  if (bodies.length !== 1) return html;
  const body = tagAround(html, bodies[0]);
  const bodyEnd = body && elementEnd(html, body, html.length);
  const htmlTag = /<html(?:\s[^>]*)?>/i.exec(html);
  if (!body || !bodyEnd || !htmlTag) return html;

  // Outside the body, Pagefind reads only filters and metadata.
  const kept: string[] = [];
  for (const [from, to] of [[0, body.start], [bodyEnd, html.length]]) {
    for (const m of html.slice(from, to).matchAll(new RegExp(dataAttribute, 'g'))) {
      const tag = tagAround(html, from + m.index);
      if (tag?.name !== 'meta') return html;
      if (kept.at(-1) !== html.slice(tag.start, tag.end)) kept.push(html.slice(tag.start, tag.end));
    }
  }

  // Inside it, every ignored subtree goes, unless it holds filters or metadata.
  let text = '';
  let at = body.start;
  for (const position of positions(html, 'data-pagefind-ignore', body.end, bodyEnd)) {
    if (position < at) continue; // inside a subtree already cut
    const tag = tagAround(html, position);
    const end = tag && elementEnd(html, tag, bodyEnd);
    if (!tag || !end) return html;
    if (dataAttribute.test(html.slice(tag.start, end))) return html;
    text += html.slice(at, tag.start);
    at = end;
  }
  text += html.slice(at, bodyEnd);
  return `<!DOCTYPE html>${htmlTag[0]}<head>${kept.join('')}</head><body>${text}</body></html>`;
}
