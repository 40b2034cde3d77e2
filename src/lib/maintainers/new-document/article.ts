// Reading a plain-text article as a maintainer pastes it: the first line is
// the headline, paragraphs are separated by blank lines (or, when there are
// none, each line is one), and a byline and a date are recognised where
// they usually stand.

export interface Article {
  headline: string;
  paragraphs: string[];
  author?: string;
  /** YYYY-MM-DD, when a date could be read. */
  published?: string;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const month = (name: string) => months.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '')) && name.length >= 3) + 1;
const iso = (y: number, m: number, d: number) =>
  m >= 1 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;

/** The first date written "December 2, 2015", "2 December 2015", "Dec. 2, 2015" or "2015-12-02" in `text`. */
export function readDate(text: string): string | undefined {
  const named = /\b([A-Z][a-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})\b|\b(\d{1,2})\s+([A-Z][a-z]+\.?),?\s+(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/g;
  for (const m of text.matchAll(named)) {
    if (m[1] && month(m[1])) return iso(Number(m[3]), month(m[1]), Number(m[2]));
    if (m[5] && month(m[5])) return iso(Number(m[6]), month(m[5]), Number(m[4]));
    if (m[7]) return iso(Number(m[7]), Number(m[8]), Number(m[9]));
  }
  return undefined;
}

/** "By Jane Doe | Outlet | date" → "Jane Doe"; undefined when the paragraph is not a byline. */
export function readByline(paragraph: string): string | undefined {
  const m = /^By\s+([^|,\n]+?)(?:\s*(?:[|,]|\bfor\b|$))/.exec(paragraph.trim());
  return m && paragraph.length < 160 ? m[1]!.trim() : undefined;
}

export function readArticle(text: string): Article {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first === -1) throw new Error('the article is empty: its first line should be the headline');
  const headline = lines[first]!.trim();
  const rest = lines
    .slice(first + 1)
    .join('\n')
    .trim();
  const blocks = /\n\s*\n/.test(rest) ? rest.split(/\n\s*\n/) : rest.split('\n');
  const kept = blocks.filter((b) => b.trim());
  const paragraphs = kept.map((b) =>
    b
      .split('\n')
      .map((l) => l.trim())
      .join(' ')
      .trim(),
  );
  // A byline and a date stand near the top, each on a line of its own or
  // together ("By … | December 3, 2015"); the body's dates are events.
  const topLines = kept.slice(0, 3).flatMap((b) => b.split('\n').map((l) => l.trim()));
  const author = topLines.map(readByline).find(Boolean);
  const published = topLines.map(readDate).find(Boolean);
  return { headline, paragraphs, ...(author ? { author } : {}), ...(published ? { published } : {}) };
}

/** Passages pages leave out: share widgets, membership and donation appeals, newsletter prompts. */
const trimmable: [RegExp, string][] = [
  [/^(share|tweet|email|print)\b.{0,60}$|^share (this|on)\b/i, 'Share widget.'],
  [/\b(become a (member|patron|supporter|subscriber)|support (our|independent) journalism|donate|membership)\b/i, 'Membership appeal.'],
  [/\b(subscribe|sign up|newsletter)\b/i, 'Newsletter prompt.'],
  [/^(follow us|like us)\b/i, 'Social media prompt.'],
  [/^(advertisement|related( articles| stories)?:?|read more:?|listen more:?)$/i, 'Page furniture.'],
];

/** Why a paragraph looks like page furniture rather than the article, or undefined. */
export function trimReason(paragraph: string): string | undefined {
  if (paragraph.length > 240) return undefined;
  return trimmable.find(([pattern]) => pattern.test(paragraph.trim()))?.[1];
}

/** A file name for the headline: its first words, kebab-case, ASCII. */
export function slugFor(headline: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const stop = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'from', 'with', 'that', 'is', 'are']);
  const kept = words.filter((w) => !stop.has(w));
  return (kept.length >= 2 ? kept : words).slice(0, 6).join('-') || 'document';
}
