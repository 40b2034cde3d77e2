import type { Nodes, Parent, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Reporter } from './diagnostics.ts';
import { componentSpecs, type ComponentSpec } from './components.ts';
import { TextBuilder } from './text-builder.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A component found in the text, before its props are checked and its anchor assigned. */
export interface RawComponent {
  name: string;
  spec: ComponentSpec;
  node: MdxJsxTextElement;
  /** Literal attribute values by name. */
  attributes: Map<string, { value: string; at: { line: number; column: number } }>;
  /** Names of all attributes written, literal or not (a non-literal one is reported once, not also as missing). */
  present: Set<string>;
  start: number;
  end: number;
  /** Index of the enclosing component in the list, if any. */
  parent?: number;
}

/** Tags that would run code or pull in other pages: named in their own message. */
const dangerousTags = new Set(['script', 'iframe', 'style', 'object', 'embed', 'link', 'meta', 'base', 'form']);

const blockTypes = new Set(['paragraph', 'heading', 'tableCell', 'code']);

/**
 * Walks an MDX tree once: reports everything outside the allowed subset and
 * collects the plain text and the components with their text spans.
 */
export function walkDocument(
  tree: Root,
  report: Reporter,
): { builder: TextBuilder; components: RawComponent[]; bareParagraphs: [number, number][] } {
  const builder = new TextBuilder();
  const components: RawComponent[] = [];
  const bareParagraphs: [number, number][] = [];
  const stack: number[] = [];

  const visit = (node: Nodes): void => {
    const at = node.position?.start;
    switch (node.type) {
      case 'mdxjsEsm':
        report.error(at, 'no-esm', 'import/export statements are not allowed: the site provides the components');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report.error(at, 'no-expression', `{…} expressions are not allowed; escape a literal brace as \\{`);
        return;
      case 'link':
      case 'definition':
      case 'image':
        checkUrl(node.url, at, report);
        break;
      case 'html':
        report.error(at, 'no-html', 'raw HTML is not allowed; use Markdown');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        visitElement(node);
        return;
      case 'text':
      case 'inlineCode':
        builder.text(node.value, node.position?.start.offset ?? 0);
        return;
      case 'break':
        builder.text(' ', node.position?.start.offset ?? 0);
        return;
      case 'code':
        builder.startBlock();
        builder.text(node.value, node.position?.start.offset ?? 0);
        builder.endBlock();
        return;
    }
    if (node.type === 'paragraph' && isBareParagraph(node)) {
      bareParagraphs.push([node.position?.start.offset ?? 0, node.position?.end.offset ?? 0]);
    }
    if ('children' in node) {
      const isBlock = blockTypes.has(node.type);
      if (isBlock) builder.startBlock();
      for (const child of (node as Parent).children) visit(child as Nodes);
      if (isBlock) builder.endBlock();
    }
  };

  const visitChildren = (node: JsxElement): void => {
    for (const child of node.children) visit(child as Nodes);
  };

  const visitElement = (node: JsxElement): void => {
    const at = node.position?.start;
    const attributes = checkAttributes(node, report);
    const name = node.name ?? '';
    const spec = componentSpecs[name];
    if (!spec) {
      if (!name) report.error(at, 'unknown-component', 'fragments (<>…</>) are not allowed');
      else if (/^[a-z]/.test(name)) {
        report.error(
          at,
          'no-html',
          dangerousTags.has(name) ? `<${name}> is not allowed in documents` : `HTML tag <${name}> is not allowed; use Markdown`,
        );
      } else {
        report.error(at, 'unknown-component', `unknown component <${name}>; use ${Object.keys(componentSpecs).map((n) => `<${n}>`).join(', ')}`);
      }
      // Keep its words in the text so one fault is reported once, not again as a text difference.
      visitChildren(node);
      return;
    }
    if (node.type === 'mdxJsxFlowElement') {
      report.error(
        at,
        'inline-only',
        `<${name}> must open and close inside one paragraph (a component on lines of its own is parsed as a block)`,
      );
      visitChildren(node);
      return;
    }
    if (name === 'Mention' && node.children.some((c) => c.type === 'mdxJsxTextElement')) {
      report.error(at, 'mention-content', '<Mention> may contain only text; put the <Mention> inside the other component');
    }
    const index = components.length;
    const present = new Set(node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : [])));
    const component: RawComponent = { name, spec, node, attributes, present, start: builder.offset, end: builder.offset };
    if (stack.length > 0) component.parent = stack[stack.length - 1];
    components.push(component);
    stack.push(index);
    for (const child of node.children) visit(child as Nodes);
    stack.pop();
    component.end = builder.offset;
  };

  visit(tree);
  return { builder, components, bareParagraphs };
}

/**
 * A paragraph made only of components and white space. Astro's MDX renderer
 * reads such a line as a block of components and gives it no <p>, while
 * remark reads a paragraph; the build wraps these in a paragraph so the page
 * has the blocks the analyser counted.
 */
function isBareParagraph(node: Parent): boolean {
  return (
    node.children.some((c) => c.type === 'mdxJsxTextElement') &&
    node.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && !c.value.trim()))
  );
}

/** Reports non-literal values, event handlers and javascript: URLs; returns the literal ones. */
function checkAttributes(node: JsxElement, report: Reporter): RawComponent['attributes'] {
  const found: RawComponent['attributes'] = new Map();
  for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    const at = attribute.position?.start ?? node.position?.start ?? { line: 1, column: 1 };
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
    if (checkUrl(attribute.value, at, report)) found.set(attribute.name, { value: attribute.value, at });
  }
  return found;
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
