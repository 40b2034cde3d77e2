import { isVNode } from 'astro/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { analyseContent } from '../../src/lib/analyser/index.ts';
import { annotatedBody, compileDocument } from '../../src/lib/corpus/document-code.ts';
import { documentContent } from '../../src/lib/corpus/document-content.ts';
import { fixtureContent } from '../helpers/fixture-content.ts';

/** The MDX a document's page compiles: its body with the analyser's injections written in. */
function injected(files: ReturnType<typeof fixtureContent>, slug: string): string {
  const { corpus } = analyseContent(files);
  const document = corpus.documents.find((d) => d.slug === slug)!;
  const source = files.documents.find((f) => f.file.endsWith(`/${slug}.mdx`))!.text;
  return annotatedBody(source, document.injections).trim();
}

describe('source injections for the page', () => {
  it('gives each component its anchor and document, keeping an anchor the author pinned', () => {
    const files = fixtureContent(['valid']);
    files.documents[0]!.text = files.documents[0]!.text.replace(
      '<Mention entity="sergey-rudskoy">',
      '<Mention entity="sergey-rudskoy" anchor="rudskoy">',
    );
    const out = injected(files, 'valid');
    expect(out).toContain('<Quote anchor="q-sergey-rudskoy-1" doc="valid" speaker="sergey-rudskoy"');
    expect(out).toContain('<Mention doc="valid" entity="sergey-rudskoy" anchor="rudskoy">');
    expect(out).toContain('<Note anchor="n-context-1" doc="valid" kind="context"');
  });

  it('wraps a paragraph made only of components in a Paragraph, and leaves others alone', () => {
    const files = fixtureContent(['valid']);
    const doc = files.documents[0]!;
    // Split the sample so its first paragraph is the quote alone.
    doc.text = doc.text.replace('</Quote> Lieutenant-General', '</Quote>\n\nLieutenant-General');
    files.sources[0]!.text = files.sources[0]!.text.replace('," Lieutenant', ',"\n\nLieutenant');
    const out = injected(files, 'valid');
    expect(out.startsWith('<Paragraph><Quote anchor="q-sergey-rudskoy-1"')).toBe(true);
    expect(out).toContain('per day,"</Quote></Paragraph>\n\nLieutenant-General <Mention anchor=');
    expect(out.match(/<Paragraph>/g)).toHaveLength(1);
  });
});

/** The elements and components of a compiled document, in order, as `type[prop=value …]`, with its text. */
function compiledTree(files: ReturnType<typeof fixtureContent>, slug: string) {
  const { corpus, sources } = analyseContent(files);
  const document = corpus.documents.find((d) => d.slug === slug)!;
  const Content = documentContent(compileDocument(sources.get(document.file)!, document.injections));
  // Each component stands for itself by name, so the tree shows where the page's components go.
  const names = ['Mention', 'Quote', 'Claim', 'Note', 'Paragraph'];
  const tree = Content({ components: { ...Object.fromEntries(names.map((n) => [n, n])), p: 'Paragraph' } });
  const elements: string[] = [];
  let text = '';
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node === 'string') {
      text += node;
      return;
    }
    if (!isVNode(node)) return;
    const { children, ...props } = node.props as { children?: unknown };
    if (typeof node.type === 'string') {
      const shown = Object.entries(props).map(([k, v]) => `${k}=${String(v)}`);
      elements.push(shown.length > 0 ? `${node.type}[${shown.join(' ')}]` : node.type);
    }
    visit(children);
  };
  visit(tree);
  return { elements, text, document };
}

describe('a document compiled for its page', () => {
  it('hands each component its anchor and document, each paragraph to the page, in the order of the analysis', () => {
    const { elements, document } = compiledTree(fixtureContent(['valid']), 'valid');
    const anchors = elements.flatMap((e) => /anchor=([^ \]]+)/.exec(e)?.[1] ?? []);
    expect(anchors).toEqual(document.annotations.map((a) => a.anchor));
    expect(elements).toContain(
      'Quote[anchor=q-sergey-rudskoy-1 doc=valid speaker=sergey-rudskoy via=rt event=moscow-briefing claim=isis-oil-income]',
    );
    expect(elements.filter((e) => e.startsWith('Paragraph')).length).toBeGreaterThan(1);
    expect(elements.every((e) => !e.startsWith('p[') && e !== 'p')).toBe(true);
  });

  it('keeps the text as the check read it: straight quotes stay straight, headings get the ids the check gives them', () => {
    const files = fixtureContent(['valid']);
    const doc = files.documents[0]!;
    doc.text = doc.text.replace('</Quote> Lieutenant-General', '</Quote>\n\n## Main "points"\n\nLieutenant-General');
    files.sources[0]!.text = files.sources[0]!.text.replace('," Lieutenant', ',"\n\nMain "points"\n\nLieutenant');
    const { elements, text, document } = compiledTree(files, 'valid');
    expect(document.headingIds).toEqual(['h-main-points']);
    expect(elements).toContain('h2[id=h-main-points]');
    expect(text).toContain('Main "points"');
    expect(text).not.toMatch(/[“”]/);
  });
});
