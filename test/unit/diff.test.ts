import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/lib/text/diff.ts';
import { wordKey } from '../../src/lib/text/words.ts';

const show = (base: string, other: string) =>
  wordDiff(base, other)
    .tokens.map((t) => (t.op === 'same' ? t.text : t.op === 'added' ? `+${t.text}` : `-${t.text}`))
    .join(' ');

describe('word keys', () => {
  it.each([
    ['a word keeps its letters in lower case', 'Turkey', 'turkey'],
    ['quotes and trailing punctuation are not part of the word', '“Turkey,”', 'turkey'],
    ['a figure keeps its dollar sign and inner comma', '$1,080', '$1,080'],
    ['a percentage keeps its sign', '50%.', '50%'],
    ['typographic and straight apostrophes compare equal', 'Turkey’s', "turkey's"],
    ['a dash alone has no key', '—', ''],
  ])('%s', (_name, token, key) => {
    expect(wordKey(token)).toBe(key);
  });
});

describe('word diff against the first wording', () => {
  it.each([
    ['identical wordings have no changes', 'Turkey buys oil', 'Turkey buys oil', 'Turkey buys oil'],
    [
      'quote style, case and punctuation do not count as changes',
      '"The income was about $3 million per day,"',
      '“the income was about $3 million per day.”',
      '“the income was about $3 million per day.”',
    ],
    ['an added word is marked where it stands', 'oil trucks', 'oil tanker trucks', 'oil +tanker trucks'],
    ['a left-out word is shown where it stood', 'about 12,000 oil tankers', 'about 12,000 tankers', 'about 12,000 -oil tankers'],
    [
      'a replaced word shows the left-out word, then the added one',
      'IS funding in Moscow',
      'ISIS funding in Moscow',
      '-IS +ISIS funding in Moscow',
    ],
    [
      'changed words in one stretch are grouped: left out first, then added',
      'the main buyer of oil',
      'the big purchaser of oil',
      'the -main -buyer +big +purchaser of oil',
    ],
    ['an empty later wording removes every word', 'two words', '', '-two -words'],
  ])('%s', (_name, base, other, expected) => {
    expect(show(base, other)).toBe(expected);
  });

  it('counts added and removed words and says whether the wordings match', () => {
    expect(wordDiff('a b c', 'a x c')).toMatchObject({ added: 1, removed: 1, identical: false });
    expect(wordDiff('A, b.', 'a b')).toMatchObject({ added: 0, removed: 0, identical: true });
  });

  it('keeps a dash of a later wording as written', () => {
    expect(show('a — b', 'a — b')).toBe('a — b');
  });
});
