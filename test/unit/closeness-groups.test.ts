import { describe, expect, it } from 'vitest';
import { closenessGroups } from '../../src/lib/views/closeness-groups.ts';
import { closenessTest } from '../../src/lib/views/passage-copies.ts';

/** The plain reading: each text tested against the first text of every group so far, in order. */
function everyGroupInTurn(texts: string[], near: number): string[][] {
  const close = closenessTest(near);
  const groups: string[][] = [];
  for (const t of texts) {
    const group = groups.find((g) => close(g[0]!, t));
    if (group) group.push(t);
    else groups.push([t]);
  }
  return groups;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/** Texts over a small vocabulary, many of them edits of earlier ones, some with repeated words, some empty. */
function texts(seed: number, count: number): string[] {
  const next = random(seed);
  const vocabulary = [
    'the',
    'oil',
    'said',
    'trucks',
    '12,000',
    'border',
    'Turkey',
    'ISIS',
    'the',
    'of',
    'minister',
    'tankers',
    '“we',
    'saw”',
  ];
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = next();
    if (r < 0.05) out.push(next() < 0.5 ? '' : '— …');
    else if (r < 0.6 && out.length > 0) {
      // An edit of an earlier text: words dropped, swapped, replaced or added.
      const words = out[Math.floor(next() * out.length)]!.split(' ').filter(Boolean);
      const edits = Math.floor(next() * 4);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * (words.length + 1));
        const kind = next();
        if (kind < 0.3) words.splice(at, 1);
        else if (kind < 0.6) words.splice(at, 0, pick());
        else if (kind < 0.8 && words.length > 1) words.reverse();
        else words[Math.min(at, words.length - 1)] = pick();
      }
      out.push(words.join(' '));
    } else out.push(Array.from({ length: 1 + Math.floor(next() * 14) }, pick).join(' '));
  }
  return out;
}

describe('grouping texts by closeness', () => {
  it.each([0.5, 0.6, 0.8, 0.95, 1])(
    'makes the same groups as testing every group in turn (closeness %s, 3,000 texts in 30 runs)',
    (near) => {
      for (let seed = 1; seed <= 30; seed++) {
        const list = texts(seed, 100);
        expect(closenessGroups(list, (t) => t, near)).toEqual(everyGroupInTurn(list, near));
      }
    },
  );

  it('joins a short text to a longer one that holds its words, and the other way round', () => {
    const long = 'the minister said 12,000 trucks crossed the border into Turkey every week';
    const short = 'said 12,000 trucks crossed the border';
    expect(closenessGroups([long, short, 'nothing alike here at all'], (t) => t, 0.8)).toEqual([
      [long, short],
      ['nothing alike here at all'],
    ]);
    expect(closenessGroups([short, long], (t) => t, 0.8)).toEqual([[short, long]]);
  });

  it('counts repeated words as often as they occur', () => {
    // Every word of the shorter text is in the other; but "the" three times matches it once only, so 2 words of 4 are common.
    expect(closenessGroups(['the the oil trucks', 'the oil trucks'], (t) => t, 0.8)).toEqual([['the the oil trucks', 'the oil trucks']]);
    expect(closenessGroups(['the the the oil', 'the oil border trucks'], (t) => t, 0.8)).toEqual([
      ['the the the oil'],
      ['the oil border trucks'],
    ]);
  });

  it('never groups texts without words', () => {
    expect(closenessGroups(['', '…', ''], (t) => t, 0.8)).toEqual([[''], ['…'], ['']]);
  });

  it('takes a closeness of zero or less as every text close to every other with words', () => {
    const list = ['oil trucks', 'border', ''];
    expect(closenessGroups(list, (t) => t, 0)).toEqual(everyGroupInTurn(list, 0));
  });
});
