import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pagefindView, withPassageAnchors } from '../../src/lib/search/pagefind-view.ts';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pagefind-view', name), 'utf8').replace(/\n$/, '');

describe('the part of a page sent to Pagefind', () => {
  test('keeps the html tag, the head meta tags Pagefind reads and the body without its ignored parts', () => {
    expect(pagefindView(fixture('document.html'))).toBe(fixture('document.view.html'));
  });

  test('cuts nested ignored elements of the same name as a whole', () => {
    const html = '<html lang="en"><main data-pagefind-body><p>a <span data-pagefind-ignore>b <span>c</span> d</span> e</p></main></html>';
    expect(pagefindView(html)).toBe(
      '<!DOCTYPE html><html lang="en"><head></head><body><main data-pagefind-body><p>a  e</p></main></body></html>',
    );
  });

  test('cuts an ignored void element alone', () => {
    const html = '<html><main data-pagefind-body><p>a<img src="x.png" data-pagefind-ignore>b</p></main></html>';
    expect(pagefindView(html)).toBe('<!DOCTYPE html><html><head></head><body><main data-pagefind-body><p>ab</p></main></body></html>');
  });

  test('keeps filters and metadata set inside the body', () => {
    const html = '<html><main data-pagefind-body><p data-pagefind-filter="speaker">Antonov</p></main></html>';
    expect(pagefindView(html)).toBe(
      '<!DOCTYPE html><html><head></head><body><main data-pagefind-body><p data-pagefind-filter="speaker">Antonov</p></main></body></html>',
    );
  });
});

describe('a page sent to Pagefind whole, since cutting it could change the index', () => {
  test.each([
    ['no body', '<html><main><p>text</p></main></html>'],
    ['two bodies', '<html><main data-pagefind-body>a</main><aside data-pagefind-body>b</aside></html>'],
    ['an unclosed body', '<html><main data-pagefind-body><p>text</p></html>'],
    ['an unclosed ignored element', '<html><main data-pagefind-body><p>a <span data-pagefind-ignore>b</p></main></html>'],
    [
      'a filter inside an ignored part',
      '<html><main data-pagefind-body><div data-pagefind-ignore><span data-pagefind-filter="x">y</span></div></main></html>',
    ],
    [
      'a filter outside the body on an element other than meta',
      '<html><nav data-pagefind-filter="x">y</nav><main data-pagefind-body>a</main></html>',
    ],
    ['the attribute written as text', '<html><main data-pagefind-body><p>set data-pagefind-ignore on it</p></main></html>'],
  ])('%s', (_, html) => {
    expect(pagefindView(html)).toBe(html);
  });
});

describe('the anchors Pagefind keeps with a page', () => {
  test('are its passages alone, each titled with its facts as JSON, escaped', () => {
    const view =
      '<main data-pagefind-body><p id="p-1">He said <span class="anno" id="q-1">“a & b” <a id="m-1" href="/x/">X</a></span>.</p></main>';
    expect(withPassageAnchors(view, { 'q-1': { label: 'Paraphrase · X', speaker: 'A "B" <C>' } })).toBe(
      '<main data-pagefind-body><p>He said <span class="anno" id="q-1" data-pagefind-title="{&quot;label&quot;:&quot;Paraphrase · X&quot;,&quot;speaker&quot;:&quot;A \\&quot;B\\&quot; &lt;C&gt;&quot;}">“a & b” <a href="/x/">X</a></span>.</p></main>',
    );
  });

  test('are none on a page without passages', () => {
    expect(withPassageAnchors('<h2 id="h-a">A</h2><p data-id="k" id="p-2">b</p>')).toBe('<h2>A</h2><p data-id="k">b</p>');
  });
});
