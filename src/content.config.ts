// Wires each content folder that a page reads through Astro to its schema (the
// schemas live in src/schemas/). Only documents are rendered by Astro; entities
// and claims are read and checked against their schemas by the analyser
// (src/lib/analyser/corpus.ts), so Astro does not load them a second time.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { whenContentChecked } from './lib/build/content-gate.ts';
import { readingContentText } from './lib/text/content-text.ts';
import { documentSchema } from './schemas/document.ts';

// Read as the check reads a file: no BOM, lone CRs as LF (src/lib/text/content-text.ts).
const documents = readingContentText(glob({ pattern: '*.mdx', base: './content/documents' }));

export const collections = {
  documents: defineCollection({
    loader: {
      ...documents,
      // A document Astro cannot load is reported by the content check, which the build runs meanwhile.
      load: async (context) => {
        try {
          await documents.load(context);
        } catch (error) {
          await whenContentChecked();
          throw error;
        }
      },
    },
    schema: documentSchema,
  }),
};
