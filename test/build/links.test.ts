// Every internal link and anchor of the built site resolves,
// and reading pages ship no JavaScript (section 8) but for a document page's
// placement of its margin notes.
import { describe, expect, test } from 'vitest';
import { dist, htmlPages, page } from '../helpers/dist-pages.ts';
import { brokenLinks as brokenLinksIn, duplicateIds, executableCode } from '../helpers/gates.ts';

const pages = htmlPages();
const SEARCH_PAGE = 'search/index.html';

/** The internal links of a page that do not resolve, as `<attribute value>: <reason>` (test/helpers/gates.ts). */
const brokenLinks = (file: string): string[] => brokenLinksIn(dist, file);

test('the site has pages of every type to check', () => {
  for (const file of ['index.html', 'quotes/index.html', SEARCH_PAGE]) expect(pages).toContain(file);
  for (const folder of ['documents/', 'entities/', 'claims/']) {
    expect(pages.filter((p) => p.startsWith(folder) && p !== `${folder}index.html`).length).toBeGreaterThan(0);
  }
});

describe.each(pages.map((p) => [p]))('%s', (file) => {
  test('every internal link resolves to a file in dist/ and every fragment to an id in its target', () => {
    expect(brokenLinks(file)).toEqual([]);
  });

  test('has no duplicate ids, so every fragment names one element', () => {
    expect(duplicateIds(page(file))).toEqual([]);
  });

  // A document's page, not a page of the list of documents (documents/index.html, documents/page/2/index.html).
  if (/^documents\/[^/]+\/index\.html$/.test(file)) {
    // Issue 14 allows a document page one script: the margin notes' placement, a same-origin file.
    test("is a reading page whose only script is the margin notes' placement, from its own origin", () => {
      expect(executableCode(page(file))).toEqual([expect.stringMatching(/^<script src="\/(?:[^/"]+\/)*_astro\/[^"/]+\.js">$/)]);
    });
  } else if (file !== SEARCH_PAGE) {
    test('is a reading page that ships no JavaScript (JSON-LD data blocks are not run)', () => {
      expect(executableCode(page(file))).toEqual([]);
    });
  }
});

test('the link checker reports a missing page and a missing fragment', () => {
  // Guards the checker itself: a page that links to nothing real must not pass.
  const file = pages.find((p) => p.startsWith('documents/'))!;
  const doc = page(file);
  const probe = doc.createElement('a');
  probe.setAttribute('href', '../no-such-page/');
  const fragment = doc.createElement('a');
  fragment.setAttribute('href', '#no-such-anchor');
  doc.body.append(probe, fragment);
  try {
    const broken = brokenLinks(file);
    expect(broken.some((b) => b.startsWith('../no-such-page/: nothing in the site'))).toBe(true);
    expect(broken.some((b) => b.startsWith('#no-such-anchor: no id'))).toBe(true);
  } finally {
    probe.remove();
    fragment.remove();
  }
});

test('the search page is the one page that loads a script', () => {
  expect(executableCode(page(SEARCH_PAGE)).length).toBeGreaterThan(0);
});
