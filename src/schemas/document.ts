import { z } from 'astro/zod';
import { dateOrUnknownSchema, idSchema, isoDateSchema, languageSchema, orUnknown, urlSchema } from './common.ts';

/** A passage of the archived source that the page leaves out, and why. */
export const trimSchema = z.strictObject({
  /** The passage as it reads in plain text (link markup removed). It must occur in the source. */
  text: z.string().min(1),
  /** Why it was left out: "share widget", "publisher's disclaimer", … */
  reason: z.string().min(1),
});

/** Frontmatter of `content/documents/<slug>.mdx`: one source document, annotated. */
// `publisher` and `published` read "unknown" as undefined (common.ts), so code never compares with the word.
export const documentSchema = z.strictObject({
  /** The headline exactly as published (the first line of the archived source). */
  title: z.string().min(1),
  /** Outlet id of the site this copy comes from, or "unknown" when the copy does not say. */
  publisher: orUnknown(idSchema),
  /** Outlet id of the original publisher when this copy is a republication. */
  originalPublisher: idSchema.optional(),
  /** The byline as printed, when there is one. */
  author: z.string().min(1).optional(),
  /** Date this copy was published, or "unknown". */
  published: dateOrUnknownSchema,
  /** Date of the original publication, for a republication. */
  originalPublished: isoDateSchema.optional(),
  /** Address of the original article, only when it is known (never guessed). */
  url: urlSchema.optional(),
  /** BCP 47 language tag of the text. */
  language: languageSchema,
  /** One neutral sentence saying what the document reports; never the "unknown" that `npm run new` leaves to be replaced. */
  summary: z
    .string()
    .min(1)
    .regex(/^(?!\s*unknown\s*$)/i, {
      error: 'is still "unknown", as npm run new left it: write one neutral sentence saying what the document reports',
    }),
  /** Passages of the archived source left out of the page (share links, disclaimers). */
  trimmed: z.array(trimSchema).default([]),
  /** What the copy refers to but does not contain: a video, a map, links that lead nowhere. */
  lacks: z.array(z.string().min(1)).default([]),
});

export type DocumentData = z.infer<typeof documentSchema>;
