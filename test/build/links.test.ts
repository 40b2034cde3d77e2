// Every internal link and anchor of the built site resolves (DESIGN.md section 9),
// and reading pages ship no JavaScript (section 8).
import { describe, expect, test } from 'vitest';
import { fileForPath, htmlPages, idsIn, internalTarget, page } from '../helpers/dist-pages.ts';

const pages = htmlPages();
const SEARCH_PAGE = 'search/index.html';

/** Every URL-bearing attribute a page can point somewhere with. */
const LINKING = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['form[action]', 'action'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
] as const;

/** The internal links of a page that do not resolve, as `<attribute value>: <reason>`. */
function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const [selector, attribute] of LINKING) {
    for (const el of page(file).querySelectorAll(selector)) {
      const value = el.getAttribute(attribute)!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)) continue; // mailto:, tel:, …
      let url: URL | undefined;
      try {
        url = internalTarget(value, file);
      } catch {
        broken.push(`${value}: not a URL`);
        continue;
      }
      if (!url) continue; // another site
      const target = fileForPath(url.pathname);
      if (!target) {
        broken.push(`${value}: nothing in dist/ at ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && (!target.endsWith('.html') || !idsIn(target).has(fragment))) {
        broken.push(`${value}: no id "${fragment}" in ${target}`);
      }
    }
  }
  return broken;
}

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
    const ids = [...page(file).querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  if (file !== SEARCH_PAGE) {
    test('is a reading page that ships no JavaScript', () => {
      const doc = page(file);
      expect(doc.querySelectorAll('script').length).toBe(0);
      expect(doc.querySelectorAll('link[rel="modulepreload"], link[as="script"]').length).toBe(0);
      const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`),
      );
      expect(handlers).toEqual([]);
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
    expect(broken.some((b) => b.startsWith('../no-such-page/: nothing in dist/'))).toBe(true);
    expect(broken.some((b) => b.startsWith('#no-such-anchor: no id'))).toBe(true);
  } finally {
    probe.remove();
    fragment.remove();
  }
});

test('the search page is the one page that loads a script', () => {
  expect(page(SEARCH_PAGE).querySelectorAll('script').length).toBeGreaterThan(0);
});
