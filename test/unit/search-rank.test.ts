import { describe, expect, it } from 'vitest';
import { isPhrase, matchWord, queryTerms, rankResults, resultMatch, searchKey } from '../../src/scripts/search-rank.ts';

const result = (content: string, _matched: string[], meta: Record<string, string> = {}) => ({ content, meta });

describe('query words', () => {
  it('reads the words of a query, a phrase in double quotes included', () => {
    expect(queryTerms('"live oil pipelines"')).toEqual(['live', 'oil', 'pipelines']);
    expect(queryTerms('  Erdoğan’s  ')).toEqual(["erdogan's"]);
    expect(isPhrase('"live oil pipelines"')).toBe(true);
    expect(isPhrase('live "oil"')).toBe(false);
  });
  it('compares words without case, diacritics or surrounding punctuation', () => {
    expect(searchKey('“Erdoğan,”')).toBe('erdogan');
  });
});

describe('how a query word matches a word', () => {
  it.each([
    ['mosul', 'mosul', 'exact'],
    ['pipelines', 'pipeline', 'exact'],
    ['smuggled', 'smuggling', 'exact'],
    ['mosu', 'mosul', 'prefix'],
    ['mosulawi', 'mosul', 'none'],
    ['oi', 'oil', 'none'],
    ['tur', 'turkey', 'none'],
  ] as const)('%s against %s: %s', (term, word, expected) => {
    expect(matchWord(term, word)).toBe(expected);
  });
});

describe('which results are shown', () => {
  it('drops a result that matched a query word only through a shorter word that begins it', () => {
    expect(resultMatch(['mosulawi'], result('Mosul. Iraqi city', ['Mosul.']))).toBe('none');
  });
  it('reads the parts of a hyphenated word as words', () => {
    expect(resultMatch(['zor'], result('from Deir-ez-Zor province', []))).toBe('exact');
  });
  it('counts a match in the searched metadata (a name’s other spelling)', () => {
    expect(resultMatch(['erdogan'], result('President Erdogon said', ['Erdogon'], { names: 'Recep Tayyip Erdoğan' }))).toBe('exact');
  });
  it('puts exact matches before prefix matches, and keeps Pagefind’s order otherwise', () => {
    const a = { ...result('the Mosulian route', ['Mosulian']), meta: { title: 'a' } };
    const b = { ...result('to Mosu today', ['Mosu']), meta: { title: 'b' } };
    const c = { ...result('near Mosul now', ['Mosul']), meta: { title: 'c' } };
    expect(rankResults('mosul', [a, b, c]).map((r) => r.meta.title)).toEqual(['c', 'a']);
  });
  it('puts passages before pages for a phrase in double quotes', () => {
    const page = { ...result('via live oil pipelines of trucks', ['live', 'oil', 'pipelines']), meta: { title: 'document' } };
    const passage = { ...result('via live oil pipelines', ['live', 'oil', 'pipelines']), meta: { title: 'passage', type: 'quote' } };
    expect(rankResults('"live oil pipelines"', [page, passage]).map((r) => r.meta.title)).toEqual(['passage', 'document']);
    expect(rankResults('live oil pipelines', [page, passage]).map((r) => r.meta.title)).toEqual(['document', 'passage']);
  });
  it('keeps every result of a search by filters alone', () => {
    const r = result('anything at all', []);
    expect(rankResults('', [r])).toEqual([r]);
  });
});
