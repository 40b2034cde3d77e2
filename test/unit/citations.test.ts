import { describe, expect, it } from 'vitest';
import {
  annotatedItem,
  bylineAuthor,
  looksLikePersonName,
  originalItem,
  quoteItem,
  type CitationSource,
} from '../../src/lib/citations/csl-items.ts';
import { bibEscape, bibtex, bibUrl, cslJson, formatCitation, plainText } from '../../src/lib/citations/reference-list.ts';
import { cslErrors, parseBib } from '../helpers/citations.ts';

const republished: CitationSource = {
  slug: 'proof',
  title: "Russia Presents Proof of Turkey's Role in ISIS Oil Trade",
  byline: 'RT',
  outlet: 'Global Research',
  originalOutlet: 'RT',
  published: '2015-12-03',
  originalPublished: '2015-12-02',
  language: 'en',
};
const byPerson: CitationSource = {
  slug: 'trucks',
  title: '12,000 Oil Smuggling Trucks Photographed Crossing Into Turkey From Iraq',
  byline: 'Abisha Rabiyah | Oil Pro',
  bylineIsPerson: true,
  published: '2015-12-29',
  url: 'https://example.org/trucks?x=1&y=2',
  language: 'en',
};
const bare: CitationSource = { slug: 'prove', title: 'The Russians Can Prove that Turkey and ISIS are Working Together!', language: 'en' };
const page = 'https://example.org/reader/documents/proof/';

describe('bylines', () => {
  it.each([
    ['an outlet byline stays one literal name', 'RT', false, [{ literal: 'RT' }]],
    [
      'a person’s byline is split into given and family names, without the outlet after the bar',
      'Abisha Rabiyah | Oil Pro',
      true,
      [{ given: 'Abisha', family: 'Rabiyah' }],
    ],
    ['a one-word person’s name stays literal', 'Reuters', true, [{ literal: 'Reuters' }]],
    ['no byline gives no author', undefined, false, undefined],
  ])('%s', (_name, byline, person, expected) => {
    expect(bylineAuthor(byline, person)).toEqual(expected);
  });
});

describe('persons and organisations in bylines with no entity file', () => {
  it.each([
    ['Abisha Rabiyah', true],
    ["Mary-Ann O'Neil", true],
    ['J. R. Smith', true],
    ['Kifah Mahmoud Al Zubaidi', true],
    ['RT', false],
    ['Reuters Staff', false],
    ['Oil Pro News', false],
    ['AFP Editorial Team', false],
    ['the editors', false],
    ['Madonna', false],
  ] as const)('%s: %s', (name, person) => {
    expect(looksLikePersonName(name)).toBe(person);
  });

  it('writes a person in BibTeX as family and given names, an organisation as one braced name', () => {
    const person = originalItem({ ...bare, byline: 'Newly Added', bylineIsPerson: looksLikePersonName('Newly Added') });
    expect(bibtex(person)).toContain('author = {Added, Newly}');
    expect(bibtex(person)).not.toContain('{{Newly');
    expect(bibtex(originalItem(republished))).toContain('author = {{RT}}');
  });
});

describe('reference entries', () => {
  it.each([
    [
      'APA, republished article',
      originalItem(republished),
      'apa',
      "RT. (2015, December 3). Russia Presents Proof of Turkey's Role in ISIS Oil Trade. Global Research. (Original work published 2015, RT)",
    ],
    [
      'MLA, republished article: an outlet that is also the publisher is not repeated as author',
      originalItem(republished),
      'mla',
      "“Russia Presents Proof of Turkey's Role in ISIS Oil Trade.” Global Research, 3 Dec. 2015. Originally published in RT, 2 Dec. 2015.",
    ],
    [
      'Chicago, republished article',
      originalItem(republished),
      'chicago',
      "RT. “Russia Presents Proof of Turkey's Role in ISIS Oil Trade.” Global Research, December 3, 2015. Originally published in RT, December 2, 2015.",
    ],
    [
      'APA, a person’s article with a URL and no known outlet',
      originalItem(byPerson),
      'apa',
      'Rabiyah, A. (2015, December 29). 12,000 Oil Smuggling Trucks Photographed Crossing Into Turkey From Iraq. https://example.org/trucks?x=1&y=2',
    ],
    [
      'MLA, a person’s article',
      originalItem(byPerson),
      'mla',
      'Rabiyah, Abisha. “12,000 Oil Smuggling Trucks Photographed Crossing Into Turkey From Iraq.” 29 Dec. 2015, https://example.org/trucks?x=1&y=2.',
    ],
    [
      'APA, no author and no date: the title leads and its own mark ends it',
      originalItem(bare),
      'apa',
      'The Russians Can Prove that Turkey and ISIS are Working Together! (n.d.).',
    ],
    [
      'Chicago, an undated article says n.d.',
      originalItem(bare),
      'chicago',
      '“The Russians Can Prove that Turkey and ISIS are Working Together!” n.d.',
    ],
    [
      'APA, the annotated page carries the date the document gives',
      annotatedItem(republished, page),
      'apa',
      `RT. (2015, December 3). Russia Presents Proof of Turkey's Role in ISIS Oil Trade [Annotated copy]. The Oil Briefing Reader. ${page}`,
    ],
    [
      'MLA, the annotated page',
      annotatedItem(republished, page),
      'mla',
      `RT. “Russia Presents Proof of Turkey's Role in ISIS Oil Trade.” Annotated copy. The Oil Briefing Reader, 3 Dec. 2015, ${page}.`,
    ],
    [
      'Chicago, the annotated page',
      annotatedItem(republished, page),
      'chicago',
      `RT. “Russia Presents Proof of Turkey's Role in ISIS Oil Trade.” Annotated copy. The Oil Briefing Reader, December 3, 2015. ${page}.`,
    ],
    [
      'APA, a quote: the page at the quote’s anchor',
      quoteItem(republished, { anchor: 'q-sergey-rudskoy-1', speaker: 'Sergey Rudskoy', mode: 'direct' }, `${page}#q-sergey-rudskoy-1`),
      'apa',
      `RT. (2015, December 3). Russia Presents Proof of Turkey's Role in ISIS Oil Trade [Annotated copy; quotation of Sergey Rudskoy]. The Oil Briefing Reader. ${page}#q-sergey-rudskoy-1`,
    ],
  ] as const)('%s', (_name, item, style, expected) => {
    expect(plainText(formatCitation(item, style))).toBe(expected);
  });

  it('italicises the outlet of an article and the title of a web page', () => {
    expect(
      formatCitation(originalItem(republished), 'apa')
        .filter((r) => r.italic)
        .map((r) => r.text),
    ).toEqual(['Global Research']);
    expect(
      formatCitation(annotatedItem(republished, page), 'apa')
        .filter((r) => r.italic)
        .map((r) => r.text),
    ).toEqual(["Russia Presents Proof of Turkey's Role in ISIS Oil Trade [Annotated copy]."]);
  });

  it.each([
    [
      'a paraphrase',
      { anchor: 'q-x-1', speaker: 'Recep Tayyip Erdoğan', mode: 'paraphrase' },
      'Annotated copy; paraphrase of Recep Tayyip Erdoğan',
    ],
    ['an unattributed assertion', { anchor: 'q-unattributed-1', mode: 'unattributed' }, 'Annotated copy; unattributed assertion'],
  ] as const)('a quote item says whether it cites %s', (_name, quote, genre) => {
    expect(quoteItem(bare, quote, page).genre).toBe(genre);
  });
});

describe('CSL-JSON', () => {
  const items = [
    originalItem(republished),
    annotatedItem(republished, page),
    originalItem(byPerson),
    originalItem(bare),
    quoteItem(bare, { anchor: 'q', mode: 'unattributed' }, page),
  ];

  it('every item validates against the CSL data schema', () => {
    expect(cslErrors(items)).toEqual([]);
  });

  it('the schema rejects an item without a type and a key CSL does not define', () => {
    expect(cslErrors([{ id: 'x' }, { id: 'y', type: 'webpage', headline: 'x' }]).length).toBe(2);
  });

  it('leaves out what is unknown rather than writing empty values', () => {
    expect(originalItem(bare)).toEqual({
      id: 'prove',
      type: 'article-newspaper',
      'citation-key': 'prove',
      title: bare.title,
      language: 'en',
    });
  });
});

describe('BibTeX', () => {
  it.each([
    ['braces, ampersand and percent', 'A {b} & 5%', 'A \\{b\\} \\& 5\\%'],
    ['dollar, hash and underscore', '$3 #1 a_b', '\\$3 \\#1 a\\_b'],
  ])('escapes %s', (_name, raw, escaped) => {
    expect(bibEscape(raw)).toBe(escaped);
  });

  it('writes entries a strict parser reads back with their fields', () => {
    const entries = parseBib([originalItem(republished), annotatedItem(republished, page), originalItem(byPerson)].map(bibtex).join('\n'));
    expect(entries.map((e) => [e.type, e.key])).toEqual([
      ['article', 'proof'],
      ['misc', 'proof-annotated'],
      ['article', 'trucks'],
    ]);
    expect(entries[0]!.fields.title).toBe("Russia Presents Proof of Turkey's Role in ISIS Oil Trade");
    expect(entries[0]!.fields.journal).toBe('Global Research');
    expect(entries[1]!.fields.url).toBe(page);
    expect(entries[2]!.fields.author).toEqual([{ lastName: 'Rabiyah', firstName: 'Abisha' }]);
  });

  it('keeps a URL inside its field: braces, backslashes, quotes and spaces are percent-encoded', () => {
    const url = 'https://example.org/a}, note = {injected} , x = {%41\\b "c d%';
    expect(bibUrl(url)).toBe('https://example.org/a%7D,%20note%20=%20%7Binjected%7D%20,%20x%20=%20%7B%41%5Cb%20%22c%20d%25');
    const [entry] = parseBib(bibtex({ ...originalItem(republished), URL: url }));
    const plain = parseBib(bibtex({ ...originalItem(republished), URL: 'https://example.org/a' }))[0]!;
    expect(Object.keys(entry!.fields).sort()).toEqual(Object.keys(plain.fields).sort());
    expect(entry!.fields.note).not.toContain('injected');
  });

  it('the parser rejects a broken entry', () => {
    expect(() => parseBib('@misc{x, title = {unclosed}')).toThrow();
  });
});

describe('CSL-JSON text', () => {
  it('keeps date parts on one line and reads back as the same data', () => {
    const item = originalItem(republished);
    const text = cslJson([item]);
    expect(text).toContain('"date-parts": [[2015, 12, 3]]');
    expect(JSON.parse(text)).toEqual([item]);
  });
});
