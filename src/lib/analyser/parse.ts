import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { markdownToMdast } from 'satteri';
import type { Root } from 'mdast';

// Built once: parsing is the analyser's hot path.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses an MDX document body. Throws a VFileMessage-like error with line/column on malformed MDX. */
export function parseMdx(body: string): Root {
  return mdxParser.parse(body);
}

/**
 * Parses plain Markdown (the archived source copies) with Sätteri, the parser
 * Astro renders with, which is many times faster than remark here. Its tree is
 * the same as remark-parse + remark-gfm's once math (`$3 million … $5` is
 * text, not a formula) and frontmatter are off. Documents stay on remark-mdx:
 * the analyser points at attributes, and Sätteri gives them no position.
 */
export function parseMarkdown(text: string): Root {
  return markdownToMdast(text, { features: { math: false, frontmatter: false } }) as Root;
}
