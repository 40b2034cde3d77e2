import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Root } from 'mdast';

/**
 * The features of Sätteri, Astro's MDX compiler, for this site's documents:
 * GFM on, smart punctuation off (documents are reproduced as published, their
 * straight quotes as they are). The check parses every document with exactly
 * this parser and these features, and its page compiles it with them
 * (src/lib/corpus/document-content.ts), so nothing can be valid for the check
 * and different on the page.
 */
export const mdxFeatures = { gfm: true, smartPunctuation: false } as const;

/** Malformed MDX, with the 1-based line and column Sätteri reports. */
export class MdxSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly reason: string;
  constructor(reason: string, line: number, column: number) {
    super(reason);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/**
 * Parses a document body (the file with its frontmatter blanked, as Astro
 * hands it to Sätteri). Sätteri's positions are UTF-16 offsets with 1-based
 * lines and columns, as in remark. Throws MdxSyntaxError on malformed MDX.
 */
export function parseMdx(body: string): Root {
  try {
    return mdxToMdast(body, { features: mdxFeatures }) as Root;
  } catch (error) {
    // "12:7: Expected a closing tag for `<Mention>` (12:7) before … (mdx-jsx:unexpected-character)"
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([a-z-]+:[a-z-]+\))?$/.exec(message.trim());
    if (!match) throw new MdxSyntaxError(message, 1, 1);
    throw new MdxSyntaxError(match[3]!, Number(match[1]), Number(match[2]));
  }
}

/**
 * Parses plain Markdown (the archived source copies) with Sätteri. Its tree is
 * the same as remark-parse + remark-gfm's once math (`$3 million … $5` is
 * text, not a formula) and frontmatter are off.
 */
export function parseMarkdown(text: string): Root {
  return markdownToMdast(text, { features: { math: false, frontmatter: false } }) as Root;
}
