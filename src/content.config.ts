// Wires each content folder that a page reads through Astro to its schema (the
// schemas live in src/schemas/). Only documents are rendered by Astro; entities
// and claims are read and checked against their schemas by the analyser
// (src/lib/analyser/corpus.ts), so Astro does not load them a second time.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';
import { readingContentText } from './lib/text/content-text.ts';

export const collections = {
  // Read as the check reads a file: no BOM, lone CRs as LF (src/lib/text/content-text.ts).
  documents: defineCollection({ loader: readingContentText(glob({ pattern: '*.mdx', base: './content/documents' })), schema: documentSchema }),
};
