import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

// One processor each, built once: parsing is the analyser's hot path.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Parses an MDX document body. Throws a VFileMessage-like error with line/column on malformed MDX. */
export function parseMdx(body: string): Root {
  return mdxParser.parse(body);
}

/** Parses plain Markdown (the archived source copies). */
export function parseMarkdown(text: string): Root {
  return markdownParser.parse(text);
}
