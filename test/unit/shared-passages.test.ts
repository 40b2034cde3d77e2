import { describe, expect, it } from 'vitest';
import { findSharedPassages, MAX_OCCURRENCES } from '../../src/lib/text/shared-passages.ts';

const twelve = 'The Russian Defense Ministry held a briefing on new findings concerning funding';

describe('shared verbatim passages', () => {
  it('finds a run of twelve words shared by two documents, under both', () => {
    const found = findSharedPassages([
      { slug: 'a', text: `Intro words. ${twelve} in Moscow.` },
      { slug: 'b', text: `${twelve} today.` },
    ]);
    expect(found.get('a')).toEqual([
      expect.objectContaining({ other: 'b', text: twelve, words: 12, start: 13, end: 13 + twelve.length, otherStart: 0 }),
    ]);
    expect(found.get('b')).toEqual([expect.objectContaining({ other: 'a', text: twelve, start: 0, otherStart: 13 })]);
  });

  it.each([
    ['eleven shared words are not enough', twelve.split(' ').slice(1).join(' '), 0],
    ['quote style, case and punctuation do not break a run', `“${twelve.toUpperCase()},”`, 1],
    ['a changed word in the middle breaks the run into two short ones', twelve.replace('new', 'old'), 0],
  ])('%s', (_name, other, count) => {
    const found = findSharedPassages([
      { slug: 'a', text: twelve },
      { slug: 'b', text: other },
    ]);
    expect(found.get('a')!.length).toBe(count);
  });

  it('extends a run to its full length rather than listing each window', () => {
    const long = `${twelve} in Moscow on Wednesday`;
    const found = findSharedPassages([
      { slug: 'a', text: `x ${long} y` },
      { slug: 'b', text: `z ${long} w` },
    ]);
    expect(found.get('a')!.map((p) => [p.text, p.words])).toEqual([[long, 16]]);
  });

  it('does not report a passage a document repeats within itself', () => {
    expect(findSharedPassages([{ slug: 'a', text: `${twelve}. ${twelve}.` }]).get('a')).toEqual([]);
  });

  it('lists each pair of documents that share a passage', () => {
    const found = findSharedPassages(['a', 'b', 'c'].map((slug) => ({ slug, text: twelve })));
    expect(found.get('b')!.map((p) => p.other)).toEqual(['a', 'c']);
  });

  it('links to the annotation inside the passage in the other document', () => {
    const found = findSharedPassages([
      { slug: 'a', text: twelve },
      {
        slug: 'b',
        text: `Lead. ${twelve}`,
        anchors: [
          { anchor: 'm-early', start: 0, end: 4 },
          { anchor: 'm-briefing', start: 28, end: 36 },
        ],
      },
    ]);
    expect(found.get('a')![0]!.otherAnchor).toBe('m-briefing');
  });
});

describe('a passage repeated within a document', () => {
  it(`is paired at its first ${MAX_OCCURRENCES} occurrences only, so repeated text costs linear time`, () => {
    const sentence = 'the ministry said the trucks crossed the border at night near the village';
    const repeated = Array.from({ length: 40 }, () => `${sentence}.`).join(' ');
    const found = findSharedPassages([
      { slug: 'a', text: repeated },
      { slug: 'b', text: `Before it all, ${sentence}. After it all.` },
    ]);
    const inA = found.get('a')!;
    expect(inA).toHaveLength(MAX_OCCURRENCES);
    expect(inA.map((p) => p.text)).toEqual(Array.from({ length: MAX_OCCURRENCES }, () => `${sentence}.`));
    expect(found.get('b')!.map((p) => p.text)).toEqual([`${sentence}.`]);
  });
});
