// What `npm run new` could not place by itself: capitalised names no entity
// knows (candidate new entities), and figures that also stand in a tracked
// claim (candidate <Claim> or <Quote claim> passages).
import { namesPattern } from './mentions.ts';

export interface Candidate {
  name: string;
  count: number;
  /** A kebab-case id for a new entity file. */
  id: string;
  /** A known spelling that differs only in case ("WASHINGTON" for "Washington"), if any. */
  resembles?: string;
}

/** Capitalised words that begin sentences or are common in headlines, not names. */
const common = new Set(
  'A An The This That These Those It Its He She They We I In On At By For From With Without As But And Or If When While After Before Since Until Yet So Also However Meanwhile According Some Many Most Other Another According Earlier Later Last Next On Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr President Minister General Lieutenant-General Lt Gen Col Share Read More'.split(
    ' ',
  ),
);

const kebab = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Runs of capitalised words ("Iraqi Oil Report", "Kurdistan") that no known spelling covers. */
export function unknownNames(paragraphs: string[], knownSpellings: string[]): Candidate[] {
  const known = namesPattern(knownSpellings);
  const counts = new Map<string, number>();
  const run = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|al|bin|de|la|the)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;
  for (const paragraph of paragraphs) {
    // Blank out what is already known, so only the rest is read.
    const rest = known ? paragraph.replace(known, (m) => ' '.repeat(m.length)) : paragraph;
    for (const m of rest.matchAll(run)) {
      const words = m[0]
        .replace(/[.'’-]+$/, '')
        .split(/\s+/)
        .map((w) => w.replace(/\.$/, ''));
      while (words.length > 0 && common.has(words[0]!)) words.shift();
      while (words.length > 0 && common.has(words[words.length - 1]!)) words.pop();
      const name = words.join(' ').replace(/['’]s$/, '');
      if (!name || (words.length === 1 && (name.length < 3 || common.has(name)))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const byCase = new Map([...knownSpellings].map((k) => [k.toLowerCase(), k]));
  return [...counts]
    .map(([name, count]) => {
      const resembles = byCase.get(name.toLowerCase());
      return { name, count, id: kebab(name), ...(resembles ? { resembles } : {}) };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export interface FigureMatch {
  figure: string;
  paragraph: number;
  claim: string;
  /** The claim's own wording of the figure. */
  claimFigure: string;
}

/**
 * The quantities a text states, normalised: a number with its scale word
 * ("$3 million" and "about $3 million per day" both give "3 million"), or a
 * bare number of two digits or more ("11,775" gives "11775"); a bare digit
 * alone matches too much to mean anything.
 */
function quantities(text: string): string[] {
  return [...text.matchAll(/\d[\d,.]*(?:\s*(million|billion|thousand|percent|per cent|%))?/gi)]
    .map(
      (m) =>
        `${m[0]
          .replace(/\s*(million|billion|thousand|percent|per cent|%)$/i, '')
          .replace(/[,.]$/, '')
          .replace(/,/g, '')}${m[1] ? ` ${m[1].toLowerCase().replace('per cent', 'percent').replace('%', 'percent')}` : ''}`,
    )
    .filter((q) => q.includes(' ') || q.replace(/\D/g, '').length >= 2);
}

/** Paragraphs that state a number a tracked claim's figures contain (years left aside). */
export function claimFigures(paragraphs: string[], claims: { id: string; figures: string[] }[]): FigureMatch[] {
  const found: FigureMatch[] = [];
  paragraphs.forEach((paragraph, index) => {
    const here = new Set(quantities(paragraph).filter((n) => !/^(19|20)\d\d$/.test(n)));
    for (const claim of claims) {
      for (const figure of claim.figures) {
        for (const n of quantities(figure)) {
          if (here.has(n) && !found.some((f) => f.paragraph === index + 1 && f.claim === claim.id && f.figure === n)) {
            found.push({ figure: n, paragraph: index + 1, claim: claim.id, claimFigure: figure });
          }
        }
      }
    }
  });
  return found;
}
