// Wires each content folder to its schema. The schemas live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './schemas/document.ts';
import { entitySchema } from './schemas/entity.ts';
import { claimSchema } from './schemas/claim.ts';

export const collections = {
  documents: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/documents' }), schema: documentSchema }),
  entities: defineCollection({ loader: glob({ pattern: '*.md', base: './content/entities' }), schema: entitySchema }),
  claims: defineCollection({ loader: glob({ pattern: '*.md', base: './content/claims' }), schema: claimSchema }),
};
