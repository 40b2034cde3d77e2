// Wires each content folder that a page reads through Astro to its schema (the
// schemas live in src/schemas/). Only documents are rendered by Astro; entities
// and claims are read and checked against their schemas by the analyser
// (src/lib/analyser/corpus.ts), so Astro does not load them a second time.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';
import { readingLineFeeds } from './lib/text/line-endings.ts';

export const collections = {
  // Lone CR line endings are read as LF, as the check reads them.
  documents: defineCollection({ loader: readingLineFeeds(glob({ pattern: '*.mdx', base: './content/documents' })), schema: documentSchema }),
};
