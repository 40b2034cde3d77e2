// The claims × documents matrix on /claims/: one cell per claim and document,
// each saying by icon and word how the claim appears, linking to the passages,
// and agreeing with what each claim's own page lists.
import { describe, expect, test } from 'vitest';
import { marks } from '../../src/lib/views/matrix.ts';
import { contentCorpus, fileForPath, idsIn, page } from '../helpers/dist-pages.ts';

const corpus = contentCorpus();
const doc = page('claims/index.html');
const table = doc.querySelector('table.matrix')!;
const rows = [...table.querySelectorAll('tbody tr')];
const slugs = [...table.querySelectorAll('thead th[data-document]')].map((th) => th.getAttribute('data-document')!);

/** `slug#anchor` of every link to a passage inside `el`: its anchor in the document, or its own page (/quotes/<slug>/<anchor>/). */
const passages = (el: Element | null) =>
  new Set(
    [...(el?.querySelectorAll('a[href*="/documents/"], a[href*="/quotes/"]') ?? [])]
      .map((a) => new URL(a.getAttribute('href')!, 'http://x/'))
      .map((u) => {
        const parts = u.pathname.split('/').filter(Boolean);
        if (parts.at(-3) === 'quotes') return `${parts.at(-2)}#${parts.at(-1)}`;
        return u.hash && parts.at(-2) === 'documents' ? `${parts.at(-1)}${u.hash}` : undefined;
      })
      .filter((p): p is string => p !== undefined),
  );

test('has one row per claim and one column per document', () => {
  expect(rows.map((r) => r.getAttribute('data-claim')).sort()).toEqual(corpus.claims.map((c) => c.id).sort());
  expect(slugs.sort()).toEqual(corpus.documents.map((d) => d.slug).sort());
});

test('has exactly one cell per claim and document', () => {
  for (const row of rows) {
    const cells = [...row.querySelectorAll('td')].map((td) => td.getAttribute('data-document'));
    expect(cells.sort(), row.getAttribute('data-claim')!).toEqual([...slugs].sort());
  }
  expect(table.querySelectorAll('tbody td').length).toBe(corpus.claims.length * corpus.documents.length);
});

test('says every mark in words as well as by icon', () => {
  for (const td of table.querySelectorAll('tbody td')) {
    const found = td.getAttribute('data-marks')!.split(' ');
    for (const m of found) {
      const word = marks[m as keyof typeof marks].word;
      expect(td.textContent, `${m} in ${td.getAttribute('data-document')}`).toContain(word);
      expect(td.querySelector(`.mark--${m} [aria-hidden="true"]`)?.textContent?.trim()).toBe(marks[m as keyof typeof marks].icon);
    }
  }
});

test('every link of a cell leads to a passage that exists', () => {
  const links = [...table.querySelectorAll('tbody td a')];
  expect(links.length).toBeGreaterThan(corpus.claims.length);
  for (const a of links) {
    const url = new URL(a.getAttribute('href')!, 'http://x/');
    const file = fileForPath(url.pathname);
    expect(file, url.href).toBeDefined();
    expect(idsIn(file!).has(url.hash.slice(1)), url.href).toBe(true);
  }
});

describe.each(corpus.claims.map((c) => [c.id]))('the row of %s', (id) => {
  const row = rows.find((r) => r.getAttribute('data-claim') === id)!;
  const claimPage = page(`claims/${id}/index.html`);
  const stating = passages(claimPage.querySelector('section[aria-labelledby="appearances-title"]'));
  const responses = claimPage.querySelector('section[aria-labelledby="responses-title"]');
  const ledger = (stance: string) =>
    new Set([...(responses?.querySelectorAll(`li[data-stance="${stance}"]`) ?? [])].flatMap((li) => [...passages(li)]));
  const disputing = ledger('disputes');
  const conditional = ledger('conditional');

  test('agrees with the claim page: the same passages, stating, disputing or answering conditionally, and absent where the page has none', () => {
    const cellLinks = (selector: string) => new Set([...row.querySelectorAll(selector)].flatMap((el) => [...passages(el)]));
    expect([...cellLinks('.mark--named, .mark--unattributed')].sort()).toEqual([...stating].sort());
    expect([...cellLinks('.mark--disputed')].sort()).toEqual([...disputing].sort());
    expect([...cellLinks('.mark--conditional')].sort()).toEqual([...conditional].sort());
    for (const td of row.querySelectorAll('td')) {
      const slug = td.getAttribute('data-document')!;
      const onPage = [...stating, ...disputing, ...conditional].some((p) => p.startsWith(`${slug}#`));
      expect(td.getAttribute('data-marks') === 'absent', slug).toBe(!onPage);
    }
  });

  test('marks a passage as having a named source exactly when it names a speaker', () => {
    for (const li of row.querySelectorAll('.mark--named, .mark--unattributed')) {
      for (const p of passages(li)) {
        const [slug, anchor] = p.split('#');
        const a = corpus.documents.find((d) => d.slug === slug)!.annotations.find((x) => x.anchor === anchor)!;
        const named = a.type === 'quote' && a.mode !== 'unattributed' && !!a.speaker;
        expect(li.classList.contains('mark--named'), p).toBe(named);
      }
    }
  });
});
