import { describe, expect, it } from 'vitest';
import { parseNoteText, noteToPlainText } from '../../src/lib/notes/note-text.ts';
import { editDistance, suggest } from '../../src/lib/analyser/suggest.ts';
import { sentenceAround } from '../../src/lib/analyser/text-builder.ts';
import { archivePlainText, normalise, normalisedText } from '../../src/lib/analyser/source-match.ts';
import { makeUrls } from '../../src/lib/urls.ts';

describe('note text', () => {
  it('splits text and corpus links into segments', () => {
    const { segments, problems } = parseNoteText(
      'Spelled [Erdoğan](entity:recep-tayyip-erdogan) in [the RT copy](document:rt-copy#q-antonov-1).',
    );
    expect(problems).toEqual([]);
    expect(segments).toEqual([
      { kind: 'text', text: 'Spelled ' },
      { kind: 'link', text: 'Erdoğan', target: { type: 'entity', id: 'recep-tayyip-erdogan' } },
      { kind: 'text', text: ' in ' },
      { kind: 'link', text: 'the RT copy', target: { type: 'document', id: 'rt-copy', anchor: 'q-antonov-1' } },
      { kind: 'text', text: '.' },
    ]);
    expect(noteToPlainText(segments)).toBe('Spelled Erdoğan in the RT copy.');
  });

  it.each([
    ['[x](javascript:alert(1))', 'javascript: URLs are not allowed'],
    [
      '[x](ftp://example.org/)',
      'unknown link target "ftp://example.org/": use entity:<id>, claim:<id>, document:<slug>#<anchor> or an https:// URL',
    ],
  ])('rejects the link target in %s', (source, message) => {
    expect(parseNoteText(source).problems.map((p) => p.message)).toEqual([message]);
  });

  it('keeps a named public source as a URL link', () => {
    expect(parseNoteText('[UN](https://www.un.org/)').segments).toEqual([
      { kind: 'link', text: 'UN', target: { type: 'url', href: 'https://www.un.org/' } },
    ]);
  });

  it('keeps a URL with parentheses whole instead of cutting it at the first ")"', () => {
    const href = 'https://en.wikipedia.org/wiki/Ministry_of_Defence_(Russia)';
    expect(parseNoteText(`See [the ministry](${href}).`).segments).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'the ministry', target: { type: 'url', href } },
      { kind: 'text', text: '.' },
    ]);
  });
});

describe('id suggestions', () => {
  it.each([
    ['rudskoy', ['sergey-rudskoy', 'rt'], 'sergey-rudskoy'],
    ['isis-oil-incme', ['isis-oil-income', 'strike-tally'], 'isis-oil-income'],
    ['bloomburg', ['bloomberg', 'rt'], 'bloomberg'],
    ['completely-different', ['rt', 'isis'], undefined],
  ])('suggests for %s', (wrong, known, expected) => {
    expect(suggest(wrong, known)).toBe(expected);
  });

  it('measures edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('sentences', () => {
  const text = 'First one here. Lt. Gen. Rudskoy said "the income was $1.5 million." Then more.\n\nNext block.';
  const split = text.indexOf('\n\n');
  const blocks: [number, number][] = [
    [0, split],
    [split + 2, text.length],
  ];
  it('finds the sentence around a span, even across abbreviations and decimal figures', () => {
    const start = text.indexOf('Rudskoy');
    expect(sentenceAround(text, blocks, start, start + 7)).toBe('Lt. Gen. Rudskoy said "the income was $1.5 million."');
  });
  it('stays inside the block of the span', () => {
    const start = text.indexOf('Next');
    expect(sentenceAround(text, blocks, start, start + 4)).toBe('Next block.');
  });
});

describe('source comparison', () => {
  it('treats typographic and straight quotes alike and collapses white space', () => {
    expect(normalise('“It’s”\n\n  here ').text).toBe(`"It's" here`);
  });
  it('composes a letter and its combining mark, and keeps where each character came from', () => {
    expect(normalise('Erdog\u0306an ″Ça″').text).toBe('Erdoğan "Ça"');
    expect(normalise('Erdog\u0306an ″Ça″').origin).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]);
  });
  it('normalises any mix of letters, marks, quotes and spaces as a character-by-character reading does', () => {
    // The reading normalise makes faster by skipping the tests for characters below U+0300.
    const reference = (input: string) => {
      const chars: string[] = [];
      for (const ch of input.split('')) {
        if (/\s/.test(ch)) {
          if (chars.length > 0 && chars.at(-1) !== ' ') chars.push(' ');
        } else if ('“”„‟″'.includes(ch)) chars.push('"');
        else if ('‘’‚‛′'.includes(ch)) chars.push("'");
        else if (chars.length > 0 && /\p{M}/u.test(ch) && (chars.at(-1)! + ch).normalize('NFC').length === 1) chars.push(chars.pop()! + ch);
        else chars.push(ch);
      }
      if (chars.at(-1) === ' ') chars.pop();
      return chars.map((c) => c.normalize('NFC')).join('');
    };
    const alphabet = ['a', 'Z', '1', '"', "'", 'é', 'ß', ' ', '\n', '\t', '\u00a0', '\u0301', '\u0308', '“', '’', '″', '′', 'ğ', '😀', 'ا'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let n = 0; n < 500; n++) {
      const input = Array.from({ length: 1 + (n % 40) }, () => alphabet[next()]).join('');
      expect(normalise(input).text, JSON.stringify(input)).toBe(reference(input));
      // Without its origins, by replacements where there is no combining mark: the same text.
      expect(normalisedText(input), JSON.stringify(input)).toBe(reference(input));
      const unmarked = input.replace(/\p{M}/gu, '');
      expect(normalisedText(unmarked), JSON.stringify(unmarked)).toBe(reference(unmarked));
    }
  });
  it('reads an archived copy as Markdown, keeping link text and dropping link targets', () => {
    expect(archivePlainText('Title\n\nBy [RT](#) on \\$3 day.\n')).toBe('Title\n\nBy RT on $3 day.');
  });
});

describe('URLs', () => {
  it('builds every page URL under the base path', () => {
    const urls = makeUrls('/reader');
    expect(urls.document('a-doc', 'q-x-1')).toBe('/reader/documents/a-doc/#q-x-1');
    expect(urls.entity('rt')).toBe('/reader/entities/rt/');
    expect(urls.search('"live oil"')).toBe('/reader/search/?q=%22live%20oil%22');
  });
  it('makes absolute URLs from an origin', () => {
    expect(makeUrls('/', 'https://example.org').annotations('a-doc')).toBe('https://example.org/annotations/a-doc.jsonld');
  });
});
