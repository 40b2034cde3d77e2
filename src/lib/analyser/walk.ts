import type { Nodes, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Reporter } from './diagnostics.ts';
import { componentSpecs, type ComponentSpec } from './components.ts';
import { checkAttributes, checkLink } from './attributes.ts';
import { TextBuilder } from './text-builder.ts';
import { LineIndex, type Position } from './source-positions.ts';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** A component found in the text, before its props are checked and its anchor assigned. */
export interface RawComponent {
  name: string;
  spec: ComponentSpec;
  node: JsxElement;
  /** Literal attribute values by name; `valueOffset` is where the value starts in the file, when it is written there as it reads. */
  attributes: Map<string, { value: string; at: { line: number; column: number }; valueOffset?: number }>;
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
  source: string,
  report: Reporter,
): {
  builder: TextBuilder;
  components: RawComponent[];
  bareParagraphs: [number, number][];
  headings: { text: string; at: Position | undefined }[];
} {
  const lines = new LineIndex(source);
  const headings: { text: string; at: Position | undefined }[] = [];
  const builder = new TextBuilder();
  const components: RawComponent[] = [];
  const bareParagraphs: [number, number][] = [];
  const stack: number[] = [];

  /** How many links enclose the node being visited (a Mention inside one would nest <a> elements). */
  let linkDepth = 0;
  /** How many blocks of text (paragraph, heading, cell) enclose the node being visited. */
  let inText = 0;

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
      case 'linkReference':
        if (node.type === 'link') checkLink(node.url, at, report);
        linkDepth++;
        for (const child of node.children) visit(child as Nodes);
        linkDepth--;
        return;
      case 'definition':
        checkLink(node.url, at, report);
        break;
      case 'image':
      case 'imageReference':
        report.error(
          at,
          'no-image',
          'images are not allowed in documents: the page reproduces the text; say what the copy shows in "lacks"',
        );
        return;
      case 'html':
        report.error(at, 'no-html', 'raw HTML is not allowed; use Markdown');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        visitElement(node, false);
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
    if (node.type === 'heading') headings.push({ text: textOf(node), at });
    if ('children' in node) {
      const isBlock = blockTypes.has(node.type);
      if (isBlock && inText > 0) {
        // Sätteri puts a paragraph inside a heading when a component opened
        // on a heading's line closes on the next; the page would nest blocks.
        report.error(
          at,
          'inline-only',
          `a ${node.type === 'paragraph' ? 'paragraph' : 'block'} inside a line of text: a component that opens in a heading or table cell must close on the same line`,
        );
      }
      if (isBlock) builder.startBlock();
      if (isBlock) inText++;
      visitBlockChildren((node as Parent).children as Nodes[]);
      if (isBlock) inText--;
      if (isBlock) builder.endBlock();
    }
  };

  /**
   * Sätteri reads a line made only of components (`<Quote …>…</Quote>` alone,
   * or with a `<Mention>` after it) as block elements, not as a paragraph. A
   * run of such elements whose content is inline is the paragraph the author
   * wrote: its text is one block here, and the build wraps the run in a
   * <Paragraph> so the page has the same blocks.
   */
  const visitBlockChildren = (children: Nodes[]): void => {
    for (let i = 0; i < children.length;) {
      if (!isInlineFlow(children[i]!)) {
        visit(children[i]!);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < children.length && isInlineFlow(children[j]!) && sameLineRun(source, children[j - 1]!, children[j]!)) j++;
      builder.startBlock();
      for (let k = i; k < j; k++) {
        const element = children[k] as JsxElement;
        if (k > i) builder.text(' ', children[k - 1]!.position?.end.offset ?? 0);
        visitElement(element, true);
      }
      builder.endBlock();
      bareParagraphs.push([children[i]!.position?.start.offset ?? 0, children[j - 1]!.position?.end.offset ?? 0]);
      i = j;
    }
  };

  const visitChildren = (node: JsxElement): void => {
    for (const child of node.children) visit(child as Nodes);
  };

  const visitElement = (node: JsxElement, asParagraph: boolean): void => {
    const at = node.position?.start;
    const attributes = checkAttributes(node, source, lines, report);
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
        report.error(
          at,
          'unknown-component',
          `unknown component <${name}>; use ${Object.keys(componentSpecs)
            .map((n) => `<${n}>`)
            .join(', ')}`,
        );
      }
      // Keep its words in the text so one fault is reported once, not again as a text difference.
      visitChildren(node);
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && !asParagraph) {
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
    } else if (name === 'Mention' && node.children.some((c) => c.type === 'link' || c.type === 'linkReference')) {
      report.error(at, 'nested-link', '<Mention> links to its entity already; it may not contain a link');
    }
    if (name === 'Mention' && linkDepth > 0) {
      report.error(at, 'nested-link', '<Mention> is a link and may not sit inside a Markdown link; take one of them out');
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

  visitBlockChildren(tree.children as Nodes[]);
  return { builder, components, bareParagraphs, headings };
}

/** The text of a node and everything in it, as a heading's id is made from it. */
function textOf(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
}

const phrasing = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'inlineCode',
  'break',
  'image',
  'imageReference',
  'footnoteReference',
  'mdxJsxTextElement',
  'mdxTextExpression',
]);

/** A component Sätteri read as a block element although it holds only inline content. */
function isInlineFlow(node: Nodes): node is MdxJsxFlowElement {
  return (
    node.type === 'mdxJsxFlowElement' && componentSpecs[node.name ?? ''] !== undefined && node.children.every((c) => phrasing.has(c.type))
  );
}

/** Two sibling elements with nothing but spaces and at most one line break between them: one paragraph. */
function sameLineRun(source: string, a: Nodes, b: Nodes): boolean {
  const gap = source.slice(a.position?.end.offset ?? 0, b.position?.start.offset ?? 0);
  return /^[ \t]*(?:\r\n|\n|\r)?[ \t]*$/.test(gap);
}
