// The built site as a citizen of the web (issue 7): every page carries a strict
// Content-Security-Policy, schema.org JSON-LD with the fields its type needs,
// canonical, Open Graph and Twitter metadata, and safe external links; the feed
// and the sitemap list every document and page; the data downloads match the
// content. The checks are the functions of test/helpers/gates.ts, whose failing
// fixtures are in test/unit/gates.test.ts.
import { describe, expect, test } from 'vitest';
import { contentCorpus, dist, documentFile, htmlPages, page, readDist } from '../helpers/dist-pages.ts';
import {
  cspProblems,
  feedProblems,
  jsonLdNodes,
  jsonLdProblems,
  jsonLdUrls,
  sitemapProblems,
  unresolved,
  unsafeExternalLinks,
} from '../helpers/gates.ts';
import { validateAnnotationCollection } from '../helpers/web-annotation.ts';
import { corpusFields, fieldAnchor, recordTypes } from '../../src/lib/export/corpus-json-fields.ts';
import { entityTypes } from '../../src/lib/export/json-ld.ts';

const pages = htmlPages();
const corpus = contentCorpus();
const NOT_FOUND = '404.html';
const url = (file: string) => dist.urlOfFile(file).href;
const abs = (path: string) => new URL(dist.sitePath(path), dist.origin).href;
const entityKind = new Map(corpus.entities.map((e) => [e.id, e.kind]));

/** The schema.org type of the node a page is about, from its path. */
function mainTypeOf(file: string): string | undefined {
  const [section, id, rest] = file.split('/');
  if (rest !== 'index.html') return file === 'data/index.html' ? 'Dataset' : undefined;
  if (section === 'documents') return 'NewsArticle';
  if (section === 'claims') return 'Claim';
  if (section === 'entities') return entityTypes[entityKind.get(id!)!];
  return undefined;
}

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

test('the site has the new pages and files', () => {
  for (const file of [NOT_FOUND, 'data/index.html']) expect(pages).toContain(file);
  for (const file of ['rss.xml', 'sitemap-index.xml', 'robots.txt', 'annotations.jsonld', 'data/corpus.json'])
    expect(dist.fileForPath(dist.sitePath(file))).toBe(file);
});

describe.each(pages.map((p) => [p]))('%s', (file) => {
  const doc = page(file);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;

  test('has a strict Content-Security-Policy and loads nothing from another origin', () => {
    expect(cspProblems(dist, file)).toEqual([]);
  });

  test('links to other sites carry rel="noopener noreferrer"', () => {
    expect(unsafeExternalLinks(dist, file)).toEqual([]);
  });

  test('has its canonical URL, Open Graph and Twitter card metadata', () => {
    if (file === NOT_FOUND) {
      expect(canonical).toBeUndefined();
      expect(meta(doc, 'robots')).toBe('noindex');
    } else {
      expect(canonical).toBe(url(file));
      expect(meta(doc, 'og:url')).toBe(canonical);
    }
    const title = meta(doc, 'og:title');
    expect(title).toBeTruthy();
    expect(doc.title.startsWith(title!)).toBe(true);
    expect(meta(doc, 'og:description')).toBeTruthy();
    expect(meta(doc, 'og:site_name')).toBe('The Oil Briefing Reader');
    expect(meta(doc, 'og:type')).toBe(file.startsWith('documents/') && file !== 'documents/index.html' ? 'article' : 'website');
    // Documents and claims have a share image of their own (test/build/share-images.test.ts), so a large card.
    const shared = /^(documents|claims)\/[^/]+\/index\.html$/.test(file);
    expect(meta(doc, 'twitter:card')).toBe(shared ? 'summary_large_image' : 'summary');
    expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(abs('rss.xml'));
  });

  test('has schema.org JSON-LD that parses and carries the fields its types need', () => {
    expect(jsonLdProblems(doc, { pageUrl: canonical, mainType: mainTypeOf(file) })).toEqual([]);
  });

  test('every URL in its JSON-LD resolves to a page or file of the site', () => {
    expect(
      jsonLdUrls(doc).flatMap((href) => {
        const reason = unresolved(dist, href, file);
        return reason ? [`${href}: ${reason}`] : [];
      }),
    ).toEqual([]);
  });
});

/** The node of a given type in a page's JSON-LD. */
const nodeOf = (file: string, type: string) => jsonLdNodes(page(file)).nodes.find((n) => n['@type'] === type) as Record<string, any>;

describe.each(corpus.documents.map((d) => [d.slug, d]))('NewsArticle of %s', (slug, document) => {
  const d = document.data;
  const article = nodeOf(documentFile(slug), 'NewsArticle');

  test('has the headline, language and date as the content gives them, and no invented date', () => {
    expect(article.headline).toBe(d.title);
    expect(article.inLanguage).toBe(d.language);
    expect(article.datePublished).toBe(d.published);
  });

  test('names the publisher and author when known, and only then', () => {
    expect(article.publisher?.url).toBe(d.publisher === undefined ? undefined : abs(`entities/${d.publisher}/`));
    expect(article.author === undefined).toBe(d.author === undefined);
    expect(article.creditText).toBe(d.author);
  });

  test('a republication is based on the original outlet’s article, with no invented address', () => {
    if (!d.originalPublisher) {
      expect(article.isBasedOn).toBeUndefined();
      return;
    }
    expect(article.isBasedOn['@type']).toBe('NewsArticle');
    expect(article.isBasedOn.publisher.url).toBe(abs(`entities/${d.originalPublisher}/`));
    expect(article.isBasedOn.datePublished).toBe(d.originalPublished);
    expect(article.isBasedOn.url).toBeUndefined();
  });
});

test('at least one document is a republication, so isBasedOn is exercised', () => {
  expect(corpus.documents.some((d) => d.data.originalPublisher)).toBe(true);
});

describe.each(corpus.claims.map((c) => [c.id, c]))('Claim %s', (id, claim) => {
  const node = nodeOf(`claims/${id}/index.html`, 'Claim');
  const passages = corpus.documents.flatMap((d) =>
    d.annotations.filter((a) => (a.type === 'quote' || a.type === 'claim') && a.claim === id).map((a) => ({ slug: d.slug, a })),
  );

  test('has its claimant as author and its first appearance', () => {
    expect(node.text).toBe(claim.statement);
    expect(node.author.url).toBe(abs(`entities/${claim.claimant}/`));
    const first = 'event' in claim.firstMade ? node.firstAppearance.recordedAt.url : node.firstAppearance.url;
    expect(first).toBe(
      'event' in claim.firstMade ? abs(`entities/${claim.firstMade.event}/`) : abs(`documents/${claim.firstMade.document}/`),
    );
  });

  test('lists every asserting passage as an appearance and every response (disputing or conditional) apart', () => {
    const of = (...stances: string[]) =>
      passages
        .filter(({ a }) => 'stance' in a && stances.includes(a.stance))
        .map(({ slug, a }) => abs(`documents/${slug}/#${a.anchor}`))
        .sort();
    expect((node.appearance as { url: string }[]).map((p) => p.url).sort()).toEqual(of('asserts'));
    expect(((node.subjectOf ?? []) as { url: string }[]).map((p) => p.url).sort()).toEqual(of('disputes', 'conditional'));
  });
});

test('entity pages carry the type of their kind, with aliases, outside spellings and sameAs', () => {
  for (const entity of corpus.entities) {
    const node = nodeOf(`entities/${entity.id}/index.html`, entityTypes[entity.kind]);
    expect(node.name).toBe(entity.name);
    expect(node.sameAs ?? []).toEqual(entity.sameAs);
    expect(node.alternateName ?? []).toEqual([...entity.aliases, ...entity.outsideSpellings].filter((a) => a !== entity.name));
  }
});

describe('feed', () => {
  test('/rss.xml is a well-formed RSS 2.0 feed listing every document, dated only when the date is known', () => {
    const documents = corpus.documents.map((d) => ({
      url: url(documentFile(d.slug)),
      title: d.data.title,
      published: d.data.published ?? null,
    }));
    expect(feedProblems(readDist('rss.xml'), documents, abs('rss.xml'))).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  test('/sitemap-index.xml (written by @astrojs/sitemap) lists one sitemap, which lists every HTML page but the 404 page, each once', () => {
    const sitemaps = [...readDist('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(sitemaps).toEqual([abs('sitemap-0.xml')]);
    expect(sitemapProblems(readDist('sitemap-0.xml'), pages.filter((p) => p !== NOT_FOUND).map(url))).toEqual([]);
  });

  test('/robots.txt points to the sitemap', () => {
    expect(readDist('robots.txt')).toContain(`\nSitemap: ${abs('sitemap-index.xml')}\n`);
  });
});

describe('/annotations.jsonld', () => {
  const collection = JSON.parse(readDist('annotations.jsonld'));

  test('is a valid W3C AnnotationCollection', () => {
    expect(validateAnnotationCollection(collection)).toEqual([]);
  });

  test('gathers every annotation of every document, with the ids of the per-document exports', () => {
    const perDocument = corpus.documents.flatMap((d) =>
      JSON.parse(readDist(`annotations/${d.slug}.jsonld`)).first.items.map((i: { id: string }) => i.id),
    );
    expect(collection.total).toBe(corpus.documents.reduce((n, d) => n + d.annotations.length, 0));
    expect(collection.first.items.map((i: { id: string }) => i.id).sort()).toEqual(perDocument.sort());
  });
});

describe('/data/corpus.json', () => {
  const data = JSON.parse(readDist('data/corpus.json'));
  const annotations = corpus.documents.flatMap((d) => d.annotations);
  const count = (type: string) => annotations.filter((a) => a.type === type).length;

  test('holds every document, entity, claim and annotation of the content', () => {
    expect(data.counts).toEqual({
      documents: corpus.documents.length,
      entities: corpus.entities.length,
      claims: corpus.claims.length,
      quotes: count('quote'),
      mentions: count('mention'),
      claimSpans: count('claim'),
      notes: count('note'),
      disputes: annotations.filter((a) => (a.type === 'quote' || a.type === 'claim') && a.claim && a.stance === 'disputes').length,
    });
    for (const type of recordTypes) expect(data[type]).toHaveLength(data.counts[type]);
  });

  test('every field of every record is documented on /data/, and every documented field is there', () => {
    expect(Object.keys(data).sort()).toEqual(corpusFields.file.map((f) => f.field).sort());
    for (const type of recordTypes) {
      const documented = corpusFields[type].map((f) => f.field).sort();
      for (const record of data[type]) expect(Object.keys(record).sort()).toEqual(documented);
    }
    const ids = dist.idsIn('data/index.html');
    for (const [type, fields] of Object.entries(corpusFields)) {
      for (const f of fields) expect(ids.has(fieldAnchor(type as keyof typeof corpusFields, f.field)), `${type}.${f.field}`).toBe(true);
    }
  });

  test('every record’s URL resolves to its page and anchor', () => {
    const broken: string[] = [];
    for (const type of recordTypes) {
      for (const record of data[type]) {
        for (const key of ['url', 'annotationsUrl']) {
          if (typeof record[key] !== 'string') continue;
          const reason = unresolved(dist, record[key], 'data/index.html');
          if (reason) broken.push(`${type} ${record.id ?? record.annotation}: ${record[key]}: ${reason}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the 404 page', () => {
  const doc = page(NOT_FOUND);

  test('offers a search form and a link to every document, with links that work from any address', () => {
    const form = doc.querySelector('main form[role="search"]');
    expect(form?.getAttribute('action')).toBe(dist.sitePath('search/'));
    const links = [...doc.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')!);
    for (const d of corpus.documents) expect(links).toContain(dist.sitePath(`documents/${d.slug}/`));
    // Served at any path, so no link may be relative to where it is.
    expect(
      [...doc.querySelectorAll('a[href], link[href], form[action]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('action')!)
        .filter((h) => !/^(\/|https?:|#)/.test(h)),
    ).toEqual([]);
  });
});
