// The listings that grow with the corpus (src/lib/views/*), checked on a
// synthetic corpus large enough that every one of them is cut: each shows a
// bounded number of items, says how many it left out, and its numbered pages
// hold every item exactly once.
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { analyseContent, type ContentFiles } from '../../src/lib/analyser/index.ts';
import { buildGraph, type CorpusGraph } from '../../src/lib/corpus/graph.ts';
import { travelView } from '../../src/lib/views/travel.ts';
import type { ClaimAnnotation, QuoteAnnotation } from '../../src/lib/corpus/types.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { entityKinds } from '../../src/schemas/entity.ts';
import { claimView, responsePages, responsesListed, wordingPages, wordingsListed, wordingsPerPage } from '../../src/lib/views/claim.ts';
import { claimListPages, matrixCells } from '../../src/lib/views/claims.ts';
import { annotationFiles, documentListPages, documentsListed } from '../../src/lib/views/documents.ts';
import { entityView } from '../../src/lib/views/entity.ts';
import {
  mentionDocumentsListed,
  mentionPages,
  mentionsListed,
  mentionsPerDocument,
  mentionsPerPage,
  mentionsSummary,
} from '../../src/lib/views/entity-mentions.ts';
import { entityListPages } from '../../src/lib/views/entities.ts';
import { homeView } from '../../src/lib/views/home.ts';
import { firstOf, paginate } from '../../src/lib/views/paging.ts';
import { linesListed, sourcesPerPage, travelList, travelListPages } from '../../src/lib/views/story.ts';
import { passagesShown, timelineBudget, timelinePages } from '../../src/lib/views/timeline.ts';

function graphOf(documents: number, entities: number, claims: number): CorpusGraph {
  const files: ContentFiles = { documents: [], sources: [], entities: [], claims: [] };
  for (const f of generateCorpus({ documents, entities, claims }).files)
    files[f.path.split('/')[1] as keyof ContentFiles].push({ file: f.path, text: f.text });
  return buildGraph(analyseContent(files).corpus);
}

const urls = makeUrls('/reader/');
/** Every item of every page, in order. */
const flat = <T>(pages: { items: T[] }[]) => pages.flatMap((p) => p.items);

describe('paging', () => {
  test('cuts a list into pages of the given size that hold every item once, the first at the list’s own address', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3, (page) => `/list/${page > 1 ? `${page}/` : ''}`);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => p.start)).toEqual([1, 4, 7]);
    expect(pages[0]!.pageLinks.map((l) => l.href)).toEqual(['/list/', '/list/2/', '/list/3/']);
  });

  test('gives an empty list one empty page, and refuses a page of no items', () => {
    expect(paginate([], 10, String)).toEqual([{ page: 1, items: [], start: 1, total: 0, pageLinks: [{ page: 1, href: '1' }] }]);
    expect(() => paginate([1], 0, String)).toThrow(/at least one item/);
  });

  test('a summary counts what it leaves out', () => {
    expect(firstOf([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], total: 4, more: 1 });
    expect(firstOf([1, 2], 3)).toEqual({ shown: [1, 2], total: 2, more: 0 });
  });

  test('follow-on pages have URLs of their own, below the list’s', () => {
    expect([urls.documentList(), urls.documentList(2), urls.entityList(3), urls.claimList(2)]).toEqual([
      '/reader/documents/',
      '/reader/documents/page/2/',
      '/reader/entities/page/3/',
      '/reader/claims/page/2/',
    ]);
    expect([
      urls.entityMentions('isis'),
      urls.entityMentions('isis', 2),
      urls.claimWordings('c', 2),
      urls.claimResponses('c'),
      urls.timeline(2),
    ]).toEqual([
      '/reader/entities/isis/mentions/',
      '/reader/entities/isis/mentions/2/',
      '/reader/claims/c/wordings/2/',
      '/reader/claims/c/responses/',
      '/reader/timeline/2/',
    ]);
  });
});

describe('on a corpus larger than any listing', { timeout: 120_000 }, () => {
  // 120 documents over 40 entities and 6 claims: each entity is mentioned about 60 times, each claim appears about 180 times.
  const graph = graphOf(120, 40, 6);

  test('the home page lists the first documents and links to the rest', () => {
    const view = homeView(graph, urls);
    expect(view.documents.shown.length).toBe(documentsListed);
    expect(view.documents.more).toBe(120 - documentsListed);
    expect(view.documents.shown.map((d) => d.slug)).toEqual(graph.documents.slice(0, documentsListed).map((d) => d.slug));
    expect(view.documents.allHref).toBe('/reader/documents/');
  });

  test('/documents/ lists every document once, in date order, over pages of at most the page size', () => {
    const pages = documentListPages(graph, urls, 50);
    expect(pages.map((p) => p.items.length)).toEqual([50, 50, 20]);
    expect(flat(pages).map((d) => d.slug)).toEqual(graph.documents.map((d) => d.slug));
    expect(annotationFiles(graph, urls).more).toBe(120 - documentsListed);
  });

  test('/entities/ lists every entity once, by kind, and each kind links to the page where it begins', () => {
    const pages = entityListPages(graph, urls, entityKinds, 15);
    expect(pages.length).toBe(3);
    const listed = pages.flatMap((p) => p.groups.flatMap((g) => g.items.map((i) => i.id)));
    expect([...listed].sort()).toEqual(graph.entities.map((e) => e.id).sort());
    for (const p of pages) {
      expect(p.groups.reduce((n, g) => n + g.items.length, 0)).toBeLessThanOrEqual(15);
      for (const k of p.kinds) {
        const begins = pages.find((q) => q.groups.some((g) => g.kind === k.kind && !g.continued))!;
        expect(k.href).toBe(begins.page === p.page ? `#kind-${k.kind}` : `${urls.entityList(begins.page)}#kind-${k.kind}`);
      }
    }
    // A kind cut between two pages says so on the second.
    expect(pages.slice(1).some((p) => p.groups[0]!.continued)).toBe(true);
  });

  test('/claims/ draws no matrix past 40 documents, and a page of a smaller corpus holds a bounded matrix', () => {
    expect(claimListPages(graph, urls).every((p) => p.matrix === undefined)).toBe(true);
    const small = graphOf(30, 30, 120);
    const pages = claimListPages(small, urls);
    expect(pages.length).toBeGreaterThan(1);
    expect(flat(pages.map((p) => ({ items: p.rows }))).map((r) => r.id)).toEqual(small.claims.map((c) => c.id));
    for (const p of pages) {
      expect(p.matrix!.rows.map((r) => r.claim.id)).toEqual(p.rows.map((r) => r.id));
      expect(p.matrix!.rows.length * p.matrix!.documents.length).toBeLessThanOrEqual(matrixCells);
    }
  });

  test('an entity page shows the documents that name it most, with their first mentions, and its follow-on pages hold every mention once', () => {
    const entity = graph.entities.find((e) => graph.mentionsOf(e.id).length > mentionsListed * 1.5)!;
    const mentions = graph.mentionsOf(entity.id);
    const summary = mentionsSummary(graph, entity.id, urls);
    expect(summary.all).toBeUndefined();
    expect(summary.groups!.length).toBeLessThanOrEqual(mentionDocumentsListed);
    for (const g of summary.groups!) expect(g.passages.length).toBeLessThanOrEqual(mentionsPerDocument);
    const counts = summary.groups!.map((g) => g.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(
      Math.max(
        ...new Map(mentions.map((m) => [m.document.slug, mentions.filter((n) => n.document.slug === m.document.slug).length])).values(),
      ),
    ).toBe(counts[0]);
    expect(summary.allHref).toBe(urls.entityMentions(entity.id));

    const pages = mentionPages(graph, entity.id, urls);
    expect(pages.length).toBe(Math.ceil(mentions.length / mentionsPerPage));
    const listed = pages.flatMap((p) => p.groups.flatMap((g) => g.passages));
    expect(listed).toEqual(mentions);
    for (const p of pages) expect(p.end - p.start + 1).toBe(p.groups.reduce((n, g) => n + g.passages.length, 0));
  });

  test('an entity mentioned no more than its page holds keeps every mention there, and has no follow-on pages', () => {
    const small = graphOf(5, 20, 3);
    for (const e of small.entities) {
      const summary = mentionsSummary(small, e.id, urls);
      expect(summary.all).toEqual(small.mentionsOf(e.id));
      expect(mentionPages(small, e.id, urls)).toEqual([]);
    }
  });

  test('an entity page names at most a few passages under each claim and counts the rest', () => {
    for (const e of graph.entities) {
      const view = entityView(graph, urls, e.id);
      for (const entry of [...view.made, ...view.disputed, ...view.conditional]) {
        expect(entry.passages.shown.length + entry.passages.more).toBe(entry.passages.total);
        expect(entry.passages.shown.length).toBeLessThanOrEqual(5);
      }
      expect(view.documents.shown.length).toBeLessThanOrEqual(30);
      expect(view.documents.total).toBe(graph.documentsOf(e.id).length);
      expect(view.documents.searchHref).toBe(`/reader/search/?type=document&entity=${encodeURIComponent(e.name)}`);
    }
  });

  test('a claim page shows its first wordings and responses, and its follow-on pages hold each once, in order', () => {
    for (const claim of graph.claims) {
      const asserting = graph
        .appearancesOf(claim.id)
        .filter((a) => (a.annotation as QuoteAnnotation | ClaimAnnotation).stance === 'asserts');
      const view = claimView(graph, urls, claim.id);
      const shown = view.wordings.groups.flatMap((g) => g.wordings);
      expect(shown.length).toBe(Math.min(wordingsListed, asserting.length));
      expect(view.wordings.total).toBe(asserting.length);
      const pages = wordingPages(graph, urls, claim);
      const all = pages.flatMap((p) => p.items.flatMap((g) => g.wordings));
      expect(all.length).toBe(asserting.length);
      expect(new Set(all.map((w) => w.id)).size).toBe(asserting.length);
      // The claim's own page shows the first wordings of the same order.
      expect(shown.map((w) => w.id)).toEqual(all.slice(0, shown.length).map((w) => w.id));
      for (const p of pages) expect(p.items.reduce((n, g) => n + g.wordings.length, 0)).toBeLessThanOrEqual(wordingsPerPage);

      const responses = graph.responsesOf(claim.id);
      expect(view.responses.items.length).toBe(Math.min(responsesListed, responses.length));
      const responded = responsePages(graph, urls, claim).flatMap((p) => p.items);
      expect(responded.length).toBe(responses.length > responsesListed ? responses.length : 0);
    }
    expect(graph.claims.some((c) => wordingPages(graph, urls, c).length > 1)).toBe(true);
  });

  test('the timeline keeps every page within its budget, lists each document once, and counts the passages it leaves to the speaker’s page', () => {
    const pages = timelinePages(graph, urls);
    expect(pages.length).toBeGreaterThan(1);
    const items = pages.flatMap((p) => [...p.days.flatMap((d) => d.items), ...p.undated]);
    const documents = items.filter((i) => i.kind === 'document').map((i) => i.key);
    expect(documents.length).toBe(new Set(documents).size);
    expect(documents.length).toBe(graph.documents.filter((d) => d.data.published !== undefined).length);
    for (const p of pages) {
      const lines = [...p.days.flatMap((d) => d.items), ...p.undated].reduce((n, i) => n + 1 + (i.passages?.length ?? 0), 0);
      expect(lines).toBeLessThanOrEqual(timelineBudget);
    }
    const statements = items.filter((i) => i.kind === 'statement');
    for (const s of statements) expect(s.passages!.length).toBeLessThanOrEqual(passagesShown);
    const quotes = graph.entities.reduce((n, e) => n + graph.quotesBy(e.id).length, 0);
    expect(statements.reduce((n, s) => n + s.passages!.length + s.morePassages, 0)).toBe(quotes);
    // Days stay in order across pages; a day cut between pages is marked continued.
    const days = pages.flatMap((p) => p.days);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    for (const [i, d] of days.entries()) expect(d.continued).toBe(i > 0 && days[i - 1]!.date === d.date);
  });

  test('the story’s list in words gives every line when the diagram is drawn, else each node’s busiest lines and the count of the rest', () => {
    const view = travelView(graph, urls, urls.story());
    const complete = travelList(view, true);
    expect(complete.flatMap((e) => e.lines.map((l) => l.edge.id)).sort()).toEqual(view.edges.map((e) => e.id).sort());
    const capped = travelList(view, false);
    expect(capped.some((e) => e.moreLines > 0)).toBe(true);
    for (const entry of capped) {
      const leaving = view.edges.filter((e) => e.from === entry.node.id);
      expect(entry.lines.length).toBe(Math.min(linesListed, leaving.length));
      expect(entry.lines.length + entry.moreLines).toBe(leaving.length);
      expect(entry.lines.reduce((n, l) => n + l.edge.steps.length, 0) + entry.morePassages).toBe(
        leaving.reduce((n, e) => n + e.steps.length, 0),
      );
      // Cut lists keep the busiest lines.
      const steps = entry.lines.map((l) => l.edge.steps.length);
      if (entry.moreLines > 0) expect(steps).toEqual([...leaving.map((e) => e.steps.length)].sort((a, b) => b - a).slice(0, linesListed));
    }
    // Too large to draw, the list continues on numbered pages; drawn, it stands on one page whole.
    expect(travelListPages(view, false, urls).length).toBe(Math.ceil(capped.length / sourcesPerPage));
    const pages = travelListPages(view, false, urls, 10);
    expect(pages.length).toBe(Math.ceil(capped.length / 10));
    expect(flat(pages).map((e) => e.anchor)).toEqual(capped.map((e) => e.anchor));
    expect(pages[1]?.pageLinks[1]?.href).toBe('/reader/story/2/');
    expect(travelListPages(view, true, urls).map((p) => p.items.length)).toEqual([complete.length]);
  });
});
