import type { EntityRecord } from '../../corpus/types.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for a name as a whole word, case-sensitive ("RT" is not the "rt"
 * of "part"), in which any run of white space matches any other.
 */
export function namePattern(name: string, flags = 'u'): RegExp {
  const body = name.trim().split(/\s+/).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

/** The entities among `candidates` whose name or one of whose aliases occurs in `text`. */
export function namesIn(text: string, candidates: EntityRecord[]): EntityRecord[] {
  return candidates.filter((e) => [e.name, ...e.aliases].some((n) => namePattern(n).test(text)));
}

/** Quotes made straight, white space collapsed, lower case: how two spellings of a name are compared. */
export function normaliseName(s: string): string {
  return s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
