import { z } from 'astro/zod';

/** Ids of entities, claims and documents: readable, stable, kebab-case. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id such as "sergey-rudskoy"');

/**
 * A calendar date written YYYY-MM-DD. Astro's YAML loader turns unquoted dates
 * into Date objects while our analyser keeps them as strings, so both are
 * accepted and normalised to the string form.
 */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
);

/**
 * A date, or the explicit word "unknown" when the document gives none. The
 * content says "unknown" so that a missing date is a decision, not an omission;
 * the code reads it as undefined, so no comparison with the word is needed.
 */
export const dateOrUnknownSchema = z
  .union([isoDateSchema, z.literal('unknown')], { error: 'must be a date written YYYY-MM-DD or "unknown"' })
  .transform((value) => (value === 'unknown' ? undefined : value));

/** Read "unknown" as undefined (see dateOrUnknownSchema). */
export const orUnknown = <T extends z.ZodType<string>>(schema: T) =>
  z.union([schema, z.literal('unknown')]).transform((value) => (value === 'unknown' ? undefined : (value as z.output<T>)));

/** An absolute http(s) URL. */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** Pagefind cannot index a language tag longer than this (it stops with a panic). */
const longestLanguageTag = 32;

/**
 * A BCP 47 language tag in its canonical spelling ("en", "en-US",
 * "zh-Hant-TW"): the pages' lang attribute, the search index and the exports
 * all use it as written, so the check asks for the canonical form.
 */
export const languageSchema = z.string().superRefine((value, ctx) => {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(value)[0];
  } catch {
    // not a well-formed tag
  }
  if (!canonical) ctx.addIssue({ code: 'custom', message: `must be a BCP 47 language tag such as "en" or "pt-BR", not "${value}"` });
  else if (canonical !== value)
    ctx.addIssue({ code: 'custom', message: `must be written "${canonical}" (the canonical form of "${value}")` });
  else if (value.length > longestLanguageTag)
    ctx.addIssue({
      code: 'custom',
      message: `must be at most ${longestLanguageTag} characters long (the search index cannot take a longer tag)`,
    });
});
