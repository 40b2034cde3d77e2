import { words } from './words.ts';

/**
 * Verbatim passages shared between documents: runs of at least `minWords`
 * identical consecutive words (compared by `wordKey`: case, quote style and
 * surrounding punctuation ignored). Every window of `minWords` words is hashed
 * into one index for the whole corpus, so the work grows with the number of
 * words plus the number of matches, not with the number of document pairs.
 */
export interface PassageSource {
  slug: string;
  text: string;
  /** Annotation anchors with their offsets, to link a passage to the nearest anchor in the other document. */
  anchors?: { anchor: string; start: number; end: number }[];
}

export interface SharedPassage {
  /** The other document. */
  other: string;
  /** Offsets of the passage in this document's text, and its words as written here. */
  start: number;
  end: number;
  text: string;
  /** Offsets of the passage in the other document. */
  otherStart: number;
  otherEnd: number;
  /** An anchor in the other document inside or around the passage, if any. */
  otherAnchor?: string;
  words: number;
}

export const MIN_SHARED_WORDS = 12;

/**
 * How many occurrences of one window in one document are paired with the
 * other documents' (the first ones). A passage repeated more often than this
 * within a document is still found, at its first occurrences.
 */
export const MAX_OCCURRENCES = 8;

/** FNV-1a, 32 bits: a cheap hash of a window's keys. Collisions are checked by comparing the keys. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function nearestAnchor(source: PassageSource, start: number, end: number): string | undefined {
  const anchors = source.anchors ?? [];
  const inside = anchors.find((a) => a.start >= start && a.start < end);
  if (inside) return inside.anchor;
  // The innermost annotation that contains the passage's start.
  return anchors.filter((a) => a.start <= start && a.end > start).sort((x, y) => x.end - x.start - (y.end - y.start))[0]?.anchor;
}

/** Every shared passage, listed under each of the two documents that share it, in text order. */
export function findSharedPassages(sources: PassageSource[], minWords = MIN_SHARED_WORDS): Map<string, SharedPassage[]> {
  const docs = sources.map((s) => ({ source: s, words: words(s.text).filter((w) => w.key !== '') }));
  // One hash per word, then one per window of `minWords` words: no window is stored as a string.
  const hashes = docs.map((d) => Uint32Array.from(d.words, (w) => fnv1a(w.key)));
  // A window's place is one number, doc × 2^21 + position, and a hash seen once
  // keeps that number alone: most windows are unique, so few arrays are made.
  const place = (doc: number, pos: number) => doc * 2 ** 21 + pos;
  const index = new Map<number, number | number[]>();
  docs.forEach((d, doc) => {
    const wh = hashes[doc]!;
    for (let pos = 0; pos + minWords <= d.words.length; pos++) {
      let h = 0x811c9dc5;
      for (let k = 0; k < minWords; k++) h = Math.imul(h ^ wh[pos + k]!, 0x01000193);
      h >>>= 0;
      const seen = index.get(h);
      if (seen === undefined) index.set(h, place(doc, pos));
      else if (typeof seen === 'number') index.set(h, [seen, place(doc, pos)]);
      else seen.push(place(doc, pos));
    }
  });
  const sameWindow = (da: number, pa: number, db: number, pb: number) => {
    for (let k = 0; k < minWords; k++) if (docs[da]!.words[pa + k]!.key !== docs[db]!.words[pb + k]!.key) return false;
    return true;
  };

  // Matching windows of each pair of documents, keyed by pair and diagonal (posA - posB).
  // A bucket's places are in document order (windows were indexed document by
  // document): only places in different documents are paired, and at most
  // MAX_OCCURRENCES places of one document take part, so a sentence repeated
  // through a document costs its occurrences, not their square.
  const diagonals = new Map<string, { a: number; b: number; positions: number[] }>();
  const docOf = (p: number) => Math.floor(p / 2 ** 21);
  for (const bucket of index.values()) {
    if (typeof bucket === 'number' || docOf(bucket[0]!) === docOf(bucket[bucket.length - 1]!)) continue;
    const kept: number[] = [];
    for (let x = 0, run = 0; x < bucket.length; x++) {
      run = x > 0 && docOf(bucket[x]!) === docOf(bucket[x - 1]!) ? run + 1 : 0;
      if (run < MAX_OCCURRENCES) kept.push(bucket[x]!);
    }
    for (let x = 0; x < kept.length; x++) {
      for (let y = x + 1; y < kept.length; y++) {
        const [da, pa] = [docOf(kept[x]!), kept[x]! % 2 ** 21];
        const [db, pb] = [docOf(kept[y]!), kept[y]! % 2 ** 21];
        if (da === db || !sameWindow(da, pa, db, pb)) continue;
        const id = `${da}:${db}:${pa - pb}`;
        const entry = diagonals.get(id) ?? { a: da, b: db, positions: [] };
        entry.positions.push(pa);
        diagonals.set(id, entry);
      }
    }
  }

  const result = new Map<string, SharedPassage[]>(sources.map((s) => [s.slug, []]));
  const added = new Set<string>();
  const add = (slug: string, passage: SharedPassage) => {
    const key = `${slug}\u0000${passage.other}\u0000${passage.start}\u0000${passage.end}`;
    if (added.has(key)) return;
    added.add(key);
    result.get(slug)!.push(passage);
  };
  for (const [id, { a, b, positions }] of diagonals) {
    const shift = Number(id.split(':')[2]);
    positions.sort((x, y) => x - y);
    // Consecutive windows on one diagonal form one run of words.
    let first = positions[0]!;
    for (let k = 1; k <= positions.length; k++) {
      if (k < positions.length && positions[k] === positions[k - 1]! + 1) continue;
      const last = positions[k - 1]!;
      const wa = docs[a]!.words;
      const wb = docs[b]!.words;
      const [sa, ea] = [wa[first]!.start, wa[last + minWords - 1]!.end];
      const [sb, eb] = [wb[first - shift]!.start, wb[last - shift + minWords - 1]!.end];
      const count = last - first + minWords;
      const A = docs[a]!.source;
      const B = docs[b]!.source;
      add(A.slug, {
        other: B.slug,
        start: sa,
        end: ea,
        text: A.text.slice(sa, ea),
        otherStart: sb,
        otherEnd: eb,
        otherAnchor: nearestAnchor(B, sb, eb),
        words: count,
      });
      add(B.slug, {
        other: A.slug,
        start: sb,
        end: eb,
        text: B.text.slice(sb, eb),
        otherStart: sa,
        otherEnd: ea,
        otherAnchor: nearestAnchor(A, sa, ea),
        words: count,
      });
      if (k < positions.length) first = positions[k]!;
    }
  }
  for (const list of result.values()) list.sort((x, y) => x.start - y.start || x.other.localeCompare(y.other));
  return result;
}
