// Each build-output gate fails on its fixture (test/fixtures/gates/), with the
// message that names the problem, and passes on the fixture's good pages: the
// same functions check dist/ in test/build/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  brokenLinks,
  cspProblems,
  duplicateIds,
  executableCode,
  feedProblems,
  htmlProblems,
  jsonLdProblems,
  sitemapProblems,
  unsafeExternalLinks,
  type FeedDocument,
} from '../helpers/gates.ts';
import { siteReader } from '../helpers/site-reader.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'gates');
const site = siteReader({ dir: join(fixtures, 'site'), base: '/', origin: 'http://localhost:4321' });
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const GOOD = ['index.html', 'other/index.html'];

describe('the good fixture pages pass every gate', () => {
  test.each(GOOD)('%s', async (file) => {
    expect(await htmlProblems(site.read(file), file)).toEqual([]);
    expect(brokenLinks(site, file)).toEqual([]);
    expect(duplicateIds(site.page(file))).toEqual([]);
    expect(unsafeExternalLinks(site, file)).toEqual([]);
    expect(cspProblems(site, file)).toEqual([]);
    expect(executableCode(site.page(file))).toEqual([]);
    expect(jsonLdProblems(site.page(file), { pageUrl: site.urlOfFile(file).href })).toEqual([]);
  });
});

test('valid HTML: html-validate reports the duplicate id, the button without a type and the open element', async () => {
  const rules = (await htmlProblems(site.read('invalid-html.html'))).map((m) => m.split(' ')[1]);
  expect(rules).toEqual(expect.arrayContaining(['no-dup-id:', 'no-implicit-button-type:', 'close-order:']));
  expect(duplicateIds(site.page('invalid-html.html'))).toEqual(['twice']);
});

test('links: a missing page and a missing fragment are reported, a good fragment is not', () => {
  expect(brokenLinks(site, 'broken-links.html')).toEqual([
    'missing/: nothing in the site at /missing/',
    'other/#no-such-section: no id "no-such-section" in other/index.html',
  ]);
});

test('external links: a link to another site without rel="noopener noreferrer" is reported', () => {
  expect(unsafeExternalLinks(site, 'unsafe-external.html')).toEqual([
    'https://example.org/report: rel lacks noopener and noreferrer',
    'https://example.org/: rel lacks noreferrer',
  ]);
});

describe('CSP', () => {
  test('a page without a policy fails', () => {
    expect(cspProblems(site, 'csp-missing.html')).toEqual(['has 0 Content-Security-Policy meta elements; expected 1']);
  });

  test('a weak policy fails on each weakness', () => {
    const problems = cspProblems(site, 'csp-weak.html');
    for (const expected of [
      '<script> comes before the CSP meta element, so the policy does not cover it',
      "script-src lacks 'wasm-unsafe-eval'",
      "script-src allows 'unsafe-inline'",
      'script-src allows https://cdn.example.org',
      'an inline <script> has no matching hash in script-src: console.log("inline, no hash");',
      '<p style="…"> is an inline style the policy blocks',
      '<img src> loads https://cdn.example.org/tracker.png from another origin',
      '<script src> loads https://cdn.example.org/lib.js from another origin',
    ]) {
      expect(problems).toContain(expected);
    }
  });

  test('a reading page that runs code is caught', () => {
    expect(executableCode(site.page('reading-script.html'))).toEqual(['<script> (inline)', '<button onclick>']);
    expect(cspProblems(site, 'reading-script.html')).toEqual(
      expect.arrayContaining([
        '<button onclick> is inline code the policy blocks',
        'an inline <script> has no matching hash in script-src: document.title = "changed";',
      ]),
    );
  });
});

describe('JSON-LD', () => {
  test('a block that does not parse, and no node for the page, fail', () => {
    const problems = jsonLdProblems(site.page('jsonld-broken.html'), {
      pageUrl: 'http://localhost:4321/jsonld-broken.html',
      mainType: 'NewsArticle',
    });
    expect(problems[0]).toMatch(/^JSON-LD block 1 does not parse/);
    expect(problems).toEqual(
      expect.arrayContaining([
        'no WebPage node with url http://localhost:4321/jsonld-broken.html',
        'no WebSite node',
        'no NewsArticle node',
      ]),
    );
  });

  test('a rating fails, and so does a Claim without its author and first appearance', () => {
    const problems = jsonLdProblems(site.page('jsonld-rating.html'), {
      pageUrl: 'http://localhost:4321/jsonld-rating.html',
      mainType: 'Claim',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'a ClaimReview node: the site rates nothing',
        'a Rating node: the site rates nothing',
        'a review property: the site rates nothing',
        'Claim http://localhost:4321/jsonld-rating.html#claim lacks author',
        'Claim http://localhost:4321/jsonld-rating.html#claim lacks firstAppearance',
      ]),
    );
  });

  test('a raw "<" inside a block is reported (it could close the element)', () => {
    const doc = site.page('index.html');
    const block = doc.querySelector('script[type="application/ld+json"]')!;
    const before = block.textContent;
    block.textContent = before!.replace('"Fixture"', '"a<b"');
    try {
      expect(jsonLdProblems(doc)).toContain('JSON-LD block 1 has a raw "<" (write it \\u003c so no value can close the element)');
    } finally {
      block.textContent = before;
    }
  });
});

const documents: FeedDocument[] = [
  { url: 'http://localhost:4321/documents/dated/', title: 'Dated', published: '2015-12-02' },
  { url: 'http://localhost:4321/documents/undated/', title: 'Undated', published: null },
];

describe('feed', () => {
  test('a feed that lacks a document, or dates an undated one, fails', () => {
    expect(feedProblems(fixture('feed-missing-document.xml'), documents, 'http://localhost:4321/rss.xml')).toEqual([
      "item 1 (http://localhost:4321/documents/undated/) has a pubDate although the document's date is unknown",
      'the feed lacks the document http://localhost:4321/documents/dated/',
    ]);
  });

  test('a feed that is not well-formed XML (a bare "&") fails', () => {
    const problems = feedProblems(fixture('feed-malformed.xml'), documents);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^\d+:\d+: /);
  });
});

describe('sitemap', () => {
  const pages = ['http://localhost:4321/', 'http://localhost:4321/other/'];

  test('a sitemap that lacks a page, repeats one or lists one that is not there fails', () => {
    expect(sitemapProblems(fixture('sitemap-missing-page.xml'), pages)).toEqual([
      'http://localhost:4321/ is listed twice',
      '<loc>/relative/</loc> is not an absolute URL',
      'the sitemap lacks http://localhost:4321/other/',
      'the sitemap lists http://localhost:4321/gone/, which is not a page of the site',
      'the sitemap lists /relative/, which is not a page of the site',
    ]);
  });

  test('a sitemap that is not well-formed, or not in the sitemaps.org namespace, fails', () => {
    expect(sitemapProblems(fixture('sitemap-malformed.xml'), pages).length).toBeGreaterThan(0);
    expect(sitemapProblems(fixture('sitemap-wrong-namespace.xml'), pages)).toEqual([
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"> is not the root element'.replace(
        /^(.*) is not the root element$/,
        'the root element is not $1',
      ),
    ]);
  });
});
