// A document's text as its page renders it, compiled from the text the check
// read. Astro's MDX integration would compile each document as a module of
// the site's bundle: about 9 ms and half a megabyte of the bundler's memory
// a document, for 10,000 documents 66 s of bundling and most of the build's
// peak memory. The page instead compiles its document when it renders, with
// the same compiler (Sätteri's `evaluate`, the function-body form of the
// `mdxToJs` Astro calls), the same features and heading-id plugin, and
// Astro's own JSX runtime, in under half a millisecond; the function is
// dropped once the page is written. ARCHITECTURE.md, "Data flow".
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { evaluate, type EvaluateOptions } from 'satteri';
import { splitFrontmatter } from '../analyser/frontmatter.ts';
import { mdxFeatures } from '../analyser/parse.ts';
import { namespacedHeadingIds } from '../text/heading-ids.ts';
import type { AnalysedDocument } from './types.ts';

/** What the page renders as `<Content components={…} />`: Astro's JSX renderer draws it as it draws a compiled MDX module. */
export type DocumentContent = (props?: { components?: Record<string, unknown> }) => unknown;

/**
 * The document's MDX as the page compiles it: the body the check parsed (the
 * frontmatter blanked with spaces, as Astro hands a file to its MDX compiler,
 * so lines and columns stay the file's), with the analyser's injections
 * written in (each component's `anchor` and `doc`, a <Paragraph> around a
 * paragraph made only of components), from the end so that earlier offsets
 * stay valid.
 */
export function annotatedBody(source: string, injections: AnalysedDocument['injections']): string {
  let out = splitFrontmatter(source).body;
  for (const { offset, text } of [...injections].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, offset) + text + out.slice(offset);
  }
  return out;
}

/** The document's text, compiled from `source` (the file as the check read it) with the analyser's injections. */
export function documentContent(source: string, injections: AnalysedDocument['injections']): DocumentContent {
  const compiled = evaluate(annotatedBody(source, injections), {
    Fragment,
    jsx: jsx as EvaluateOptions['jsx'],
    jsxs: jsxs as EvaluateOptions['jsxs'],
    features: mdxFeatures,
    hastPlugins: [namespacedHeadingIds()],
    // As Astro's MDX integration compiles: `class`, not `className`.
    elementAttributeNameCase: 'html',
  }) as { default: DocumentContent };
  const MDXContent = compiled.default;
  // As Astro's MDX integration wraps its modules' default export: Fragment among the components.
  const Content: DocumentContent = (props = {}) => MDXContent({ ...props, components: { Fragment, ...props.components } });
  // Marks Astro's JSX renderer reads: an MDX component (its errors are shown as such), which may add to the head.
  Object.assign(Content, { [Symbol.for('mdx-component')]: true, [Symbol.for('astro.needsHeadRendering')]: true });
  return Content;
}
