// Claim pages compare wordings only where one copies another: words are
// struck through only in a near-verbatim copy of the wording it is compared
// with, and struck characters stay a small share of each claim page.
import { describe, expect, test } from 'vitest';
import { NEAR_VERBATIM } from '../../src/lib/views/concordance.ts';
import { closeness } from '../../src/lib/views/passage-copies.ts';
import { contentCorpus, page } from '../helpers/dist-pages.ts';

const corpus = contentCorpus();
const exactOf = new Map<string, string>(
  corpus.documents.flatMap((d) => d.annotations.map((a) => [`w-${d.slug}-${a.anchor}`, a.exact] as const)),
);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(corpus.claims.map((c) => [c.id]))('claims/%s/', (id) => {
  const doc = page(`claims/${id}/index.html`);

  test('strikes words only in a near-verbatim copy of the wording it is compared with', () => {
    for (const item of doc.querySelectorAll('.concordance__item')) {
      if (item.querySelectorAll('.wording del').length === 0) continue;
      const base = item.getAttribute('data-compared-with');
      expect(base, item.id).toBeTruthy();
      expect(closeness(exactOf.get(base!)!, exactOf.get(item.id)!)).toBeGreaterThanOrEqual(NEAR_VERBATIM);
    }
  });

  test('at most 3 % of the page’s characters are struck through', () => {
    const main = doc.querySelector('main')!;
    const total = collapse(main.textContent ?? '').length;
    const struck = [...main.querySelectorAll('.concordance del')].reduce((n, d) => n + collapse(d.textContent ?? '').length, 0);
    expect(struck / total).toBeLessThanOrEqual(0.03);
  });

  test('"First made" names the earliest dated document that states the claim, when one is dated', () => {
    const dated = corpus.documents
      .filter(
        (d) =>
          d.data.published !== undefined &&
          d.annotations.some((a) => (a.type === 'quote' || a.type === 'claim') && a.claim === id && a.stance === 'asserts'),
      )
      .map((d) => d.data.published)
      .sort();
    if (dated.length === 0) return;
    const dt = [...doc.querySelectorAll('.facts dt')].find((d) => d.textContent === 'First made')!;
    expect(dt.nextElementSibling!.querySelector('time')!.getAttribute('datetime')).toBe(dated[0]);
  });
});

test('some claim has near-verbatim copies compared word by word, and some wording of its own marks shared terms', () => {
  const items = corpus.claims.flatMap((c) => [...page(`claims/${c.id}/index.html`).querySelectorAll('.concordance__item')]);
  expect(items.some((i) => i.getAttribute('data-role') === 'copy')).toBe(true);
  expect(items.some((i) => i.getAttribute('data-role') === 'alone' && i.querySelector('.wording mark'))).toBe(true);
});
