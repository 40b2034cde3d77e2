// A document's text compiled for its page, as the code of a function body:
// the body the check parsed, with the analyser's injections, through Sätteri's
// `mdxToJs` (the compiler Astro's MDX integration calls) with the same
// features and heading-id plugin. The build compiles every document in the
// check's threads, beside the analysis, so the page only runs the code
// (src/lib/corpus/document-content.ts); under `astro dev` the page compiles
// its document itself. No Astro import: the check's threads load this module.
import { mdxToJs } from 'satteri';
import { splitFrontmatter } from '../analyser/frontmatter.ts';
import { mdxFeatures } from '../analyser/parse.ts';
import { namespacedHeadingIds } from '../text/heading-ids.ts';
import type { AnalysedDocument } from './types.ts';

/**
 * The document's MDX as the page compiles it: the body the check parsed (the
 * frontmatter blanked with spaces, as Astro hands a file to its MDX compiler,
 * so lines and columns stay the file's), with the analyser's injections
 * written in (each component's `anchor` and `doc`, a <Paragraph> around a
 * paragraph made only of components).
 */
export function annotatedBody(source: string, injections: AnalysedDocument['injections']): string {
  const body = splitFrontmatter(source).body;
  // Front to back, joined once; of two injections at one offset the later comes first, as when each is written in from the end.
  const sorted = injections.map((injection, i) => ({ ...injection, i })).sort((a, b) => a.offset - b.offset || b.i - a.i);
  const parts: string[] = [];
  let at = 0;
  for (const { offset, text } of sorted) {
    parts.push(body.slice(at, offset), text);
    at = offset;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

/** The code of the function that returns the document's MDX module (Sätteri's `function-body` output), from `source` (the file as the check read it). */
export function compileDocument(source: string, injections: AnalysedDocument['injections']): string {
  const { code } = mdxToJs(annotatedBody(source, injections), {
    features: mdxFeatures,
    hastPlugins: [namespacedHeadingIds()],
    // As Astro's MDX integration compiles: `class`, not `className`.
    elementAttributeNameCase: 'html',
    outputFormat: 'function-body',
  }) as { code: string };
  return code;
}
