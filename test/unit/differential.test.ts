// The check and the renderer read the same MDX the same way. Thousands of
// generated documents (the four components, links of every kind, reference
// definitions with long labels, nested and multi-line tags, HTML-like text)
// go through the check; each one it accepts is then rendered with Sätteri's
// MDX pipeline (mdxToHast, the tree the page compiles, with the analyser's
// injections written in as the page writes them) and must hold exactly the text the check
// extracted, only http(s) links, no element outside Markdown's own, and the
// components the check annotated, in order, with its anchors; its headings,
// compiled with the heading-id plugin the page adds, get the ids the check
// gives them.
//
// What this does not cover: the Astro components' own markup (tested on the
// built site in test/build), and the compiled tree's components and text
// (test/unit/injections.test.ts).
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { prepareAnalysis } from '../../src/lib/analyser/corpus.ts';
import { analyseDocument, type DocumentInput } from '../../src/lib/analyser/document.ts';
import { splitFrontmatter } from '../../src/lib/analyser/frontmatter.ts';
import { mdxFeatures, parseMdx } from '../../src/lib/analyser/parse.ts';
import { walkDocument } from '../../src/lib/analyser/walk.ts';
import { annotatedBody, compileDocument } from '../../src/lib/corpus/document-code.ts';
import { Reporter } from '../../src/lib/analyser/diagnostics.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

const CASES = Number(process.env.DIFFERENTIAL_CASES ?? 3000);
const { ids } = prepareAnalysis(fixtureContent(['valid']));
const frontmatter = '---\ntitle: Generated\npublisher: rt\npublished: "2015-12-02"\nlanguage: en\nsummary: A generated case.\n---\n\n';

/** A small seeded generator, so a failing case can be reproduced by its number. */
function generator(seed: number) {
  let state = seed * 2654435761 + 1;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, pick };
}

const words = [
  'oil',
  'trucks',
  'the ministry said',
  'Erdoğan',
  '“quoted”',
  "it's",
  'a & b',
  'x > y',
  '$3 million',
  'R&D',
  '5*3',
  'snake_case',
];
const longLabel = 'l'.repeat(1001);

function piece(g: ReturnType<typeof generator>, depth: number): string {
  const inner = () => (depth < 2 ? piece(g, depth + 1) : g.pick(words));
  const text = () => g.pick(words);
  // Mostly what the check accepts, so that many documents reach the renderer; some of what it must refuse.
  const acceptable: (() => string)[] = [
    text,
    text,
    () => `<Mention entity="sergey-rudskoy">${text()}</Mention>`,
    () => `<Mention entity="rt" anchor="pin-${Math.floor(g.next() * 1000)}">${text()}</Mention>`,
    () => `<Quote speaker="sergey-rudskoy" via="rt">${inner()} ${text()}</Quote>`,
    () => `<Quote mode="unattributed">${text()}</Quote>`,
    () => `<Claim claim="isis-oil-income">${inner()}</Claim>`,
    () => `<Note kind="context" note="See [RT](entity:rt) and [x](https://example.org/a).">${text()}</Note>`,
    () => `<Mention\nentity="sergey-rudskoy">${text()}</Mention>`,
    () => `[${text()}](${g.pick(['https://example.org/a', 'http://example.org', 'https://example.org/a_(b)'])})`,
    () => `[${text()}][${g.pick(['ref', 'missing', longLabel])}]`,
    () => `[${g.pick(['ref', 'missing'])}][]`,
    () => `[${g.pick(['ref', 'missing'])}]`,
    () => g.pick(['https://example.org/literal', 'www.example.org']),
    () => g.pick(['\\<b>', '&lt;b&gt;', '&#106;avascript:', '\\{x\\}', '&amp;', '\\*not em\\*']),
    () => `*${text()}*`,
    () => `**${text()}**`,
    () => `\`${text()}\``,
    () => `~~${text()}~~`,
    () => `${text()}\\\n${text()}`,
  ];
  const refused: (() => string)[] = [
    () => `<Mention entity="rt" anchor="${g.pick(['main', 'Bad'])}">${text()}</Mention>`,
    () => `<Mention entity="sergey-rudskoy" entity="rt">${text()}</Mention>`,
    () => `<Note kind="context" note="${g.pick(['[x](javascript:alert(1))', '[x](file:///etc)'])}">${text()}</Note>`,
    () => `<Mention\nentity="sergey-rudskoy"\n>${text()}</Mention>`,
    () => `<Mention entity="sergey-rudskoy">${text()}`,
    () =>
      `[${text()}](${g.pick(['javascript:alert(1)', 'JaVaScRiPt:x', 'file:///etc/passwd', '/local', '#', 'mailto:a@b.org', '//evil.example'])})`,
    () => `[${text()}][${g.pick(['bad', longLabel])}]`,
    () => `<${g.pick(['https://example.org/auto', 'javascript:alert(1)', 'mailto:a@b.org'])}>`, // MDX has no autolinks: a syntax error
    () => 'a@b.org',
    () => `[<Mention entity="rt">${text()}</Mention>](https://example.org)`,
    () => `<Mention entity="rt">[${text()}](https://example.org)</Mention>`,
    () => `![${text()}](${g.pick(['https://example.org/i.png', '../../package.json'])})`,
    () =>
      g.pick([
        '1 < 2',
        '<b>bold</b>',
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '<!-- c -->',
        '{1+1}',
        '<3',
        'a <b',
        '</Mention>',
        '<>x</>',
      ]),
  ];
  return g.pick(g.next() < 0.12 ? refused : acceptable)();
}

function generate(seed: number): string {
  const g = generator(seed);
  const blocks: string[] = [];
  const count = 1 + Math.floor(g.next() * 3);
  for (let b = 0; b < count; b++) {
    const parts = Array.from({ length: 1 + Math.floor(g.next() * 5) }, () => piece(g, 0));
    const line = parts.join(g.pick([' ', ' ', '\n']));
    blocks.push(g.pick(['', '', '', '# ', '> ', '- ']) + line);
  }
  if (g.next() < 0.5)
    blocks.push(`[ref]: ${g.pick(['https://example.org/ref', 'https://example.org/ref "Title"', '<https://example.org/ref>'])}`);
  if (g.next() < 0.3) blocks.push(`[${longLabel}]: https://example.org/long`);
  if (g.next() < 0.15)
    blocks.push(`[${g.pick(['bad', 'ref', longLabel])}]: ${g.pick(['file:///etc/passwd', 'javascript:alert(1)', 'JAVASCRIPT:x'])}`);
  return blocks.join('\n\n') + '\n';
}

/** The check, as the build runs it: rejected, or the document it extracted. */
function check(body: string) {
  const source = frontmatter + body;
  const base = { slug: 'generated', file: 'content/documents/generated.mdx', source };
  const first = analyseDocument({ ...base, archive: undefined } as DocumentInput, ids);
  const errors = first.diagnostics.filter((d) => d.rule !== 'missing-source');
  if (errors.length > 0) return { rejected: errors.map((d) => d.rule) };
  // The archive is the text the check reads (the source comparison is tested elsewhere).
  const text = walkDocument(parseMdx(splitFrontmatter(source).body), splitFrontmatter(source).body, new Reporter('x')).builder.toString();
  const { document, diagnostics } = analyseDocument(
    { ...base, archive: { file: 'content/sources/generated.txt', text: `Generated\n\n${text}` } },
    ids,
  );
  if (!document) return { rejected: diagnostics.map((d) => d.rule) };
  return { document, source };
}

const markdownElements = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'em',
  'strong',
  'code',
  'del',
  'blockquote',
  'ul',
  'ol',
  'li',
  'br',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'hr',
]);
const blockElements = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td', 'pre']);
const components = new Set(['Mention', 'Quote', 'Claim', 'Note', 'Paragraph']);

/** What the renderer produced: blocks of text, links, foreign elements, components with their anchors. */
function rendered(source: string, injections: { offset: number; text: string }[]) {
  const tree = mdxToHast(annotatedBody(source, injections), { features: mdxFeatures }) as HastRoot;
  const blocks: string[] = [];
  const hrefs: string[] = [];
  const foreign: string[] = [];
  const anchors: string[] = [];
  let current: string[] | undefined;
  const visit = (node: RootContent | ElementContent): void => {
    if (node.type === 'text') {
      current?.push(node.value);
      return;
    }
    const jsx = node as unknown as {
      type: string;
      name?: string;
      attributes?: { name: string; value: unknown }[];
      children?: (RootContent | ElementContent)[];
    };
    if (jsx.type === 'mdxJsxTextElement' || jsx.type === 'mdxJsxFlowElement') {
      if (!components.has(jsx.name ?? '')) foreign.push(`<${jsx.name}>`);
      const anchor = jsx.attributes?.find((a) => a.name === 'anchor')?.value;
      if (typeof anchor === 'string') anchors.push(anchor);
      const opensBlock = current === undefined && (jsx.name === 'Paragraph' || jsx.type === 'mdxJsxFlowElement');
      if (opensBlock) current = [];
      for (const child of jsx.children ?? []) visit(child);
      if (opensBlock) {
        blocks.push(current!.join(''));
        current = undefined;
      }
      return;
    }
    if (node.type !== 'element') {
      if (node.type !== 'comment' && node.type !== 'doctype') foreign.push(node.type);
      return;
    }
    const element = node as Element;
    if (!markdownElements.has(element.tagName)) foreign.push(element.tagName);
    if (element.tagName === 'a') hrefs.push(String(element.properties.href ?? ''));
    if (element.tagName === 'br') current?.push(' ');
    // A tight list item holds its text without a <p>.
    const opensBlock =
      current === undefined &&
      (blockElements.has(element.tagName) ||
        (element.tagName === 'li' && !element.children.some((c) => c.type === 'element' && c.tagName === 'p')));
    if (opensBlock) current = [];
    for (const child of element.children) visit(child);
    if (opensBlock) {
      blocks.push(current!.join(''));
      current = undefined;
    }
  };
  for (const child of tree.children) visit(child);
  const text = blocks
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { text, hrefs, foreign, anchors };
}

/** The ids the compiled page gives its headings, in order (compiled as the page's code is, src/lib/corpus/document-code.ts). */
function renderedHeadingIds(source: string, injections: { offset: number; text: string }[]): string[] {
  return [...compileDocument(source, injections).matchAll(/\bid: "([^"]*)"/g)].map((m) => m[1]!);
}

describe(`the check and the renderer, on ${CASES} generated documents`, () => {
  it('either the check rejects a document, or the renderer makes of it exactly what the check extracted', () => {
    const failures: string[] = [];
    let accepted = 0;
    let headings = 0;
    const rejectedBy = new Map<string, number>();
    for (let seed = 1; seed <= CASES && failures.length < 5; seed++) {
      const body = generate(seed);
      const result = check(body);
      if ('rejected' in result) {
        for (const rule of new Set(result.rejected)) rejectedBy.set(rule, (rejectedBy.get(rule) ?? 0) + 1);
        continue;
      }
      accepted++;
      const { document, source } = result;
      let page;
      try {
        page = rendered(source, document.injections);
      } catch (error) {
        failures.push(`#${seed}: accepted, but the renderer fails: ${(error as Error).message}\n${body}`);
        continue;
      }
      const problems = [
        page.text !== document.text &&
          `text differs:\n  check:    ${JSON.stringify(document.text)}\n  rendered: ${JSON.stringify(page.text)}`,
        page.hrefs.some((h) => !/^https?:\/\//i.test(h)) && `links: ${page.hrefs.join(' ')}`,
        page.foreign.length > 0 && `elements outside Markdown's: ${page.foreign.join(' ')}`,
        page.anchors.join(' ') !== document.annotations.map((a) => a.anchor).join(' ') &&
          `anchors: ${page.anchors.join(' ')} against ${document.annotations.map((a) => a.anchor).join(' ')}`,
      ].filter(Boolean);
      if (document.headingIds?.length) {
        headings += document.headingIds.length;
        const ids = renderedHeadingIds(source, document.injections);
        if (ids.join(' ') !== document.headingIds.join(' '))
          problems.push(`heading ids: ${ids.join(' ')} against ${document.headingIds.join(' ')}`);
      }
      if (problems.length > 0) failures.push(`#${seed}: ${problems.join('; ')}\n${body}`);
    }
    expect(failures).toEqual([]);
    // The generator must reach both outcomes often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(CASES / 4);
    expect(headings).toBeGreaterThan(CASES / 20);
    // …and the refusals must come from the rules this is about, not one catch-all.
    for (const rule of [
      'mdx-syntax',
      'no-javascript-url',
      'link-scheme',
      'nested-link',
      'no-image',
      'duplicate-attribute',
      'no-html',
      'inline-only',
    ]) {
      expect(rejectedBy.get(rule) ?? 0, rule).toBeGreaterThan(0);
    }
  }, 120_000);
});
