// The attributes of a component's opening tag, checked and located: literal
// values only, no event handlers, no script URLs, none written twice. Sätteri
// gives attributes no position, so each is found in the tag's source.
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Reporter } from './diagnostics.ts';
import { attributeOffsets, LineIndex } from './source-positions.ts';
import type { RawComponent } from './walk.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Reports non-literal values, event handlers, javascript: URLs and attributes
 * written twice; returns the literal ones. Sätteri gives attributes no
 * position, so each is found by scanning the opening tag in the source.
 */
export function checkAttributes(node: JsxElement, source: string, lines: LineIndex, report: Reporter): RawComponent['attributes'] {
  const found: RawComponent['attributes'] = new Map();
  const seen = new Set<string>();
  const tagAt = node.position?.start ?? { line: 1, column: 1 };
  const offsets = node.position ? attributeOffsets(source, node.position.start.offset ?? 0) : [];
  const attributes = node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
  for (const [index, attribute] of attributes.entries()) {
    const offset = offsets.length === attributes.length ? offsets[index] : undefined;
    const at = offset === undefined ? tagAt : lines.at(offset);
    if (attribute.type === 'mdxJsxAttribute') {
      if (seen.has(attribute.name)) {
        report.error(at, 'duplicate-attribute', `attribute "${attribute.name}" is written twice; keep one`);
        continue;
      }
      seen.add(attribute.name);
    }
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report.error(at, 'literal-attribute', 'spread attributes {…} are not allowed; write each attribute as a quoted string');
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      report.error(at, 'no-event-handler', `event handler attribute "${attribute.name}" is not allowed`);
      continue;
    }
    if (attribute.value === null || attribute.value === undefined) {
      found.set(attribute.name, { value: '', at });
      continue;
    }
    if (typeof attribute.value !== 'string') {
      report.error(at, 'literal-attribute', `attribute "${attribute.name}" must be a quoted string, not an expression`);
      continue;
    }
    if (checkUrl(attribute.value, at, report))
      found.set(attribute.name, { value: attribute.value, at, ...valueOffset(source, offset, attribute.value) });
  }
  return found;
}

/** Where a literal value starts in the source, when the text between its quotes is the value itself (no character references). */
function valueOffset(source: string, attributeOffset: number | undefined, value: string): { valueOffset?: number } {
  if (attributeOffset === undefined) return {};
  const quote = /[^\s=]*\s*=\s*(["'])/y;
  quote.lastIndex = attributeOffset;
  const match = quote.exec(source);
  if (!match) return {};
  const start = quote.lastIndex;
  return source.startsWith(`${value}${match[1]}`, start) ? { valueOffset: start } : {};
}

/**
 * A link in a document's text leads to another site: only an absolute http(s)
 * URL, so nothing reaches a local file, another scheme or a path of this site
 * the build does not make.
 */
export function checkLink(url: string, at: { line: number; column: number } | undefined, report: Reporter): void {
  if (!checkUrl(url, at, report)) return;
  if (!/^https?:\/\/[^/\s]/i.test(url)) {
    report.error(
      at,
      'link-scheme',
      `link to "${url.slice(0, 60)}" is not allowed: a link in a document must be an absolute http(s) URL; otherwise write its words without the link`,
    );
  }
}

/** Reports a javascript: (or vbscript:/data:) URL. Returns true when the value is safe. */
function checkUrl(value: string, at: { line: number; column: number } | undefined, report: Reporter): boolean {
  // Browsers ignore control characters and whitespace inside a scheme, so strip them before looking.
  const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  if (/^(javascript|vbscript|data):/.test(scheme)) {
    report.error(at, 'no-javascript-url', `${scheme.split(':')[0]}: URLs are not allowed`);
    return false;
  }
  return true;
}
