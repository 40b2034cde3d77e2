// Finding known names in an article's paragraphs and writing them as
// <Mention>s: every name and alias of every entity, the longest first (so
// "Recep Tayyip Erdogan" is one mention, not "Erdogan" inside it), as whole
// words, case-sensitive, each entity's first occurrence in a paragraph.

export interface NamedEntity {
  id: string;
  name: string;
  aliases: string[];
}

export interface Spelling {
  text: string;
  entity: string;
}

/** Characters MDX reads as syntax in running text, escaped so the words stay words. */
export const escapeMdx = (text: string) => text.replace(/[{}<>]/g, (ch) => `\\${ch}`);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a spelling is made of common words ("the ministry", "briefing",
 * "coalition"): written in lower case, letters, spaces and hyphens only. Such
 * an alias names its entity in the articles it was taken from, and something
 * else in others (another ministry, another briefing); a handle or a domain
 * ("mod_russia", "globalresearch.ca") names one thing anywhere.
 */
export const isCommonWords = (spelling: string) => /^[a-z][a-z -]*$/.test(spelling);

/**
 * Every spelling that names exactly one entity. A spelling two entities
 * share ("Moscow" for the city and for the government) is left out and
 * returned apart, for the maintainer to mark by hand; so is one made of
 * common words, with the entity it names elsewhere.
 */
export function spellings(entities: NamedEntity[]): {
  known: Map<string, string>;
  ambiguous: Map<string, string[]>;
  common: Map<string, string>;
} {
  const owners = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const s of [e.name, ...e.aliases]) {
      if (!s.trim()) continue;
      if (!owners.has(s)) owners.set(s, new Set());
      owners.get(s)!.add(e.id);
    }
  }
  const known = new Map<string, string>();
  const ambiguous = new Map<string, string[]>();
  const common = new Map<string, string>();
  for (const [s, ids] of owners) {
    if (ids.size > 1) ambiguous.set(s, [...ids].sort());
    else if (isCommonWords(s)) common.set(s, [...ids][0]!);
    else known.set(s, [...ids][0]!);
  }
  return { known, ambiguous, common };
}

export interface MarkedParagraph {
  mdx: string;
  /** The spellings wrapped, in order. */
  mentions: Spelling[];
}

export function namesPattern(names: Iterable<string>): RegExp | undefined {
  const sorted = [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (sorted.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * The paragraph as MDX, with a <Mention> around the first occurrence of each
 * known entity, or rather its first occurrence after white space when there
 * is one: a <Mention> right after a character ('"Erdogan', '(IS)') would
 * split a quote later drawn around it in the search index (the check's
 * search-phrase rule).
 */
export function markParagraph(paragraph: string, known: Map<string, string>, pattern = namesPattern(known.keys())): MarkedParagraph {
  const mentions: Spelling[] = [];
  if (!pattern) return { mdx: escapeMdx(paragraph), mentions };
  const chosen = new Map<string, RegExpMatchArray>();
  for (const m of paragraph.matchAll(pattern)) {
    const entity = known.get(m[0])!;
    const previous = chosen.get(entity);
    const clear = (x: RegExpMatchArray) => x.index === 0 || /\s/.test(paragraph[x.index! - 1]!);
    if (!previous || (!clear(previous) && clear(m))) chosen.set(entity, m);
  }
  let mdx = '';
  let last = 0;
  for (const m of [...chosen.values()].sort((a, b) => a.index! - b.index!)) {
    const entity = known.get(m[0])!;
    mdx += escapeMdx(paragraph.slice(last, m.index)) + `<Mention entity="${entity}">${escapeMdx(m[0])}</Mention>`;
    last = m.index! + m[0].length;
    mentions.push({ text: m[0], entity });
  }
  return { mdx: mdx + escapeMdx(paragraph.slice(last)), mentions };
}
