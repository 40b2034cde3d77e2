import type { AnalysedDocument, Annotation, ClaimRecord } from '../../corpus/types.ts';
import type { Reporter } from '../diagnostics.ts';

const numberWords = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'half',
  'dozen',
  'hundred',
  'thousand',
  'million',
  'billion',
];
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
// Dates and lengths of time are not figures of a claim ("on September 30", "after two months").
const notFigures = new RegExp(
  [
    `\\b(?:${months})\\s+\\d{1,2}(?:,\\s*\\d{4})?`,
    `\\b\\d{1,2}\\s+(?:${months})(?:\\s+\\d{4})?`,
    `\\b(?:\\d+|${numberWords.join('|')})\\s+(?:days?|weeks?|months?|years?)\\b`,
    `\\b(?:19|20)\\d\\d\\b`,
  ].join('|'),
  'gi',
);
const figure = new RegExp(`\\d+(?:[.,]\\d+)*|\\b(?:${numberWords.join('|')})s?\\b`, 'gi');

/**
 * The figures a text states, normalised so that "12,000" and "12000", or
 * "thousands" and "thousand", compare equal: numbers and number words.
 */
export function figuresIn(text: string): string[] {
  return figureMatches(text).map((f) => f.key);
}

/** Each figure as written ("hundreds") and as compared ("hundred"). */
function figureMatches(text: string): { text: string; key: string }[] {
  const cleaned = text.replace(notFigures, (m) => ' '.repeat(m.length));
  return [...cleaned.matchAll(figure)].map((m) => ({ text: m[0], key: m[0].toLowerCase().replace(/,/g, '').replace(/s$/, '') }));
}

/** Whether a note stands on the passage: its own note, or a <Note> around it or inside it. */
function hasNote(a: Annotation, document: AnalysedDocument): boolean {
  if ((a.type === 'quote' || a.type === 'claim') && a.note) return true;
  return document.annotations.some((n) => n.type === 'note' && n.start < a.end && n.end > a.start);
}

/**
 * A passage that states a tracked claim with figures of its own ("in the
 * hundreds" for "thousands of oil trucks", "half" for "almost 50 percent")
 * needs a note saying how they differ. Claims without figures are not compared.
 */
export function checkFigures(document: AnalysedDocument, claims: Map<string, ClaimRecord>, report: Reporter): void {
  for (const a of document.annotations) {
    if ((a.type !== 'quote' && a.type !== 'claim') || !a.claim) continue;
    const claim = claims.get(a.claim);
    if (!claim || claim.figures.length === 0) continue;
    const known = new Set(claim.figures.flatMap(figuresIn));
    const other = [
      ...new Set(
        figureMatches(a.exact)
          .filter((f) => !known.has(f.key))
          .map((f) => f.text),
      ),
    ];
    if (other.length === 0 || hasNote(a, document)) continue;
    const component = a.type === 'quote' ? '<Quote>' : '<Claim>';
    report.error(
      a,
      'figures-note',
      `${component} states ${other.map((f) => `“${f}”`).join(', ')}, not among the figures of claim "${claim.id}" (${claim.figures.map((f) => `“${f}”`).join('; ')}); add a note saying how the figures differ`,
    );
  }
}
