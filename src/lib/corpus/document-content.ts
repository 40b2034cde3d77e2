// A document's text as its page renders it. Astro's MDX integration would
// compile each document as a module of the site's bundle: about 9 ms and half
// a megabyte of the bundler's memory a document, for 10,000 documents 66 s of
// bundling and most of the build's peak memory. The page instead runs the code
// compiled from the text the check read (src/lib/corpus/document-code.ts),
// with Astro's own JSX runtime, as Sätteri's `evaluate` does; the function is
// dropped once the page is written. ARCHITECTURE.md, "Data flow".
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';

/** What the page renders as `<Content components={…} />`: Astro's JSX renderer draws it as it draws a compiled MDX module. */
export type DocumentContent = (props?: { components?: Record<string, unknown> }) => unknown;

/** The document's text, from its compiled code (compileDocument). */
export function documentContent(code: string): DocumentContent {
  const compiled = new Function(code)({ Fragment, jsx, jsxs }) as { default: DocumentContent };
  const MDXContent = compiled.default;
  // As Astro's MDX integration wraps its modules' default export: Fragment among the components.
  const Content: DocumentContent = (props = {}) => MDXContent({ ...props, components: { Fragment, ...props.components } });
  // Marks Astro's JSX renderer reads: an MDX component (its errors are shown as such), which may add to the head.
  Object.assign(Content, { [Symbol.for('mdx-component')]: true, [Symbol.for('astro.needsHeadRendering')]: true });
  return Content;
}
