import { z } from 'astro/zod';
import { idSchema, isoDateSchema } from './common.ts';

/** Where a claim was first made: at an event, or in one of the documents. */
export const firstMadeSchema = z.union(
  [
    z.strictObject({ /** Entity id of the event (kind: event). */ event: idSchema }),
    z.strictObject({ /** Slug of the document. */ document: idSchema }),
  ],
  { error: 'must be { event: <entity id> } or { document: <slug> }' },
);

/** Frontmatter of `content/claims/<id>.md`: a claim tracked across documents. */
export const claimSchema = z.strictObject({
  /** One neutral sentence that says who claims what; never a verdict. */
  statement: z.string().min(1),
  /** A short name for the claim (a few words), used in margin notes and lists; the statement when absent. */
  label: z.string().min(1).max(60).optional(),
  /** Entity id of whoever first made the claim. */
  claimant: idSchema,
  /** The event or document where the claim was first made. */
  firstMade: firstMadeSchema,
  /** When it was first made, if known. */
  date: isoDateSchema.optional(),
  /**
   * An editorial note on the record itself, shown on the claim page: why the
   * claimant is who it is when no passage asserting the claim names them as
   * speaker, or what the documents say about where it was first made.
   */
  note: z.string().min(1).optional(),
  /** The figures the claim contains, as first stated ("11,775 tankers and trucks"). */
  figures: z.array(z.string().min(1)).default([]),
});

export type ClaimData = z.infer<typeof claimSchema>;
