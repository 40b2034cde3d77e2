import { z } from 'astro/zod';
import { idSchema, isoDateSchema, urlSchema } from './common.ts';

/** What an entity is; drives its page and its schema.org type. */
export const entityKinds = ['person', 'organization', 'outlet', 'place', 'event'] as const;

/** Frontmatter of `content/entities/<id>.md`. */
export const entitySchema = z.strictObject({
  /** Canonical name, with its usual diacritics ("Recep Tayyip Erdoğan"). */
  name: z.string().min(1),
  /** person | organization | outlet | place | event. */
  kind: z.enum(entityKinds),
  /** Other names and every variant spelling used in the documents ("Daesh", "Erdogon"). */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Spellings kept for search that occur in no document (a common English
   * form, an abbreviation): `npm run check` requires every alias to occur in
   * some document, so an outside spelling goes here instead.
   */
  outsideSpellings: z.array(z.string().min(1)).default([]),
  /**
   * Social media handles the entity posts from, without the @ ("mod_russia").
   * Words that begin with one ("mod_russia: …") are this entity's, whoever relays them.
   */
  accounts: z.array(z.string().regex(/^[A-Za-z0-9_]+$/, 'must be a handle without the @, such as "mod_russia"')).default([]),
  /** One line saying who or what this is, as the documents describe it. */
  role: z.string().min(1),
  /** Ids of entities this one belongs to or works for. */
  affiliations: z.array(idSchema).default([]),
  /** Public pages about the same entity (Wikipedia, Wikidata). */
  sameAs: z.array(urlSchema).default([]),
  /**
   * For an event: the day it happened (or began), as the documents give it or,
   * failing that, one of the `sameAs` pages. Places the event on the timeline.
   */
  date: isoDateSchema.optional(),
});

export type EntityData = z.infer<typeof entitySchema>;
export type EntityKind = (typeof entityKinds)[number];
