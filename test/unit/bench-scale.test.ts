// What keeps the build linear in the number of documents, checked on data
// (never on timings): a margin note does not grow with the corpus, and the
// graph's indexes agree with the relations they summarise.
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { analyseContent, type ContentFiles } from '../../src/lib/analyser/index.ts';
import { analyseContentInParallel } from '../../src/lib/analyser/parallel.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { compileDocument } from '../../src/lib/corpus/document-code.ts';
import { claimDisputers } from '../../src/lib/corpus/disputers.ts';
import { disputesListed, noteFor } from '../../src/lib/notes/margin-note.ts';
import { sharesListed, sharesOf } from '../../src/lib/views/shared-with.ts';

function content(documents: number): ContentFiles {
  const files: ContentFiles = { documents: [], sources: [], entities: [], claims: [] };
  // Few claims, so that each is disputed many times over.
  for (const f of generateCorpus({ documents, entities: 60, claims: 5 }).files) {
    files[f.path.split('/')[1] as keyof ContentFiles].push({ file: f.path, text: f.text });
  }
  return files;
}

describe('at scale', { timeout: 60_000 }, () => {
  const files = content(60);
  const analysis = analyseContent(files);
  const graph = buildGraph(analysis.corpus);

  test('the graph indexes the documents and disputes of each claim', () => {
    for (const claim of graph.claims) {
      const appearances = graph.appearancesOf(claim.id);
      expect([...graph.documentsWithClaim(claim.id)].sort()).toEqual([...new Set(appearances.map((l) => l.document.slug))].sort());
      expect(graph.disputesOf(claim.id)).toEqual(
        appearances.filter(({ annotation: a }) => (a.type === 'quote' || a.type === 'claim') && a.stance === 'disputes'),
      );
    }
  });

  test('a note names at most a few disputers and leaves the rest, and every disputing passage, to the claim page', () => {
    const crowded = graph.claims.find(
      (c) =>
        new Set(graph.disputesOf(c.id).map((l) => (l.annotation.type === 'quote' ? l.annotation.speaker : '') ?? '')).size > disputesListed,
    );
    expect(crowded).toBeDefined();
    const disputers = new Set(graph.disputesOf(crowded!.id).map((l) => (l.annotation.type === 'quote' ? l.annotation.speaker : '') ?? ''));
    let seen = 0;
    for (const document of graph.documents) {
      for (const annotation of document.annotations) {
        if (annotation.type !== 'quote' && annotation.type !== 'claim') continue;
        if (annotation.claim !== crowded!.id || annotation.stance !== 'asserts') continue;
        const note = noteFor(graph, { document, annotation });
        expect(note.segments.filter((s) => s.kind === 'link' && s.target.type === 'document')).toEqual([]);
        expect(note.segments.map((s) => s.text).join('')).toContain(`and ${disputers.size - disputesListed} more`);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('the longest note stays the same size when the corpus grows', () => {
    const longest = (g: ReturnType<typeof buildGraph>) =>
      Math.max(
        ...g.documents.flatMap((document) =>
          document.annotations.map((annotation) => noteFor(g, { document, annotation }).segments.length),
        ),
      );
    const small = buildGraph(analyseContent(content(15)).corpus);
    // Four segments per named passage: without the limit the 60-document corpus, whose
    // claims are disputed up to twenty times, would far exceed this.
    expect(longest(graph)).toBeLessThanOrEqual(longest(small) + 4 * disputesListed);
  });

  test('a document names at most a few other documents per shared claim and counts the rest', () => {
    let crowded = 0;
    for (const document of graph.documents) {
      for (const shared of sharesOf(graph, document.slug).claims) {
        const others = new Set(graph.appearancesOf(shared.claim.id).map((l) => l.document.slug));
        others.delete(document.slug);
        expect(shared.elsewhere.length).toBe(Math.min(others.size, sharesListed));
        expect(shared.elsewhere.length + shared.moreDocuments).toBe(others.size);
        for (const passages of shared.elsewhere) expect(others.has(passages[0]!.document.slug)).toBe(true);
        if (shared.moreDocuments > 0) crowded++;
      }
    }
    // Five claims over sixty documents: most claims are in far more than six documents.
    expect(crowded).toBeGreaterThan(0);
  });

  test('a claim’s disputers are worked out once per graph: each speaker of its disputing passages once, in the order first met', () => {
    for (const claim of graph.claims) {
      const speakers = graph.disputesOf(claim.id).map(({ annotation: a }) => (a.type === 'quote' ? a.speaker : undefined));
      const who = claimDisputers(graph, claim.id);
      expect(who).toEqual([...new Set(speakers)]);
      expect(claimDisputers(graph, claim.id)).toBe(who);
      expect(claimDisputers(buildGraph(analysis.corpus), claim.id)).not.toBe(who);
    }
    expect(graph.claims.some((c) => claimDisputers(graph, c.id).length > 1)).toBe(true);
  });

  test('analysing on several threads gives the same result as on one', async () => {
    expect(await analyseContentInParallel(files, { threads: 2, minimumPerThread: 10 })).toEqual(analysis);
    expect(await analyseContentInParallel(files, { threads: 2, minimumPerThread: 10, inThisThread: false })).toEqual(analysis);
  });

  test('the threads compile every valid document for its page when asked, as the page would, and the analysis is otherwise the same', async () => {
    expect(analysis.compiled).toBeUndefined();
    for (const inThisThread of [true, false]) {
      const options = { threads: 2, minimumPerThread: 10, inThisThread, compile: true };
      const { compiled, ...rest } = await analyseContentInParallel(files, options);
      expect(rest).toEqual(analysis);
      const code = (await compiled)!;
      expect([...code.keys()]).toEqual(analysis.corpus.documents.map((d) => d.file));
      for (const d of analysis.corpus.documents) {
        expect(code.get(d.file)).toBe(compileDocument(analysis.sources.get(d.file)!, d.injections));
      }
    }
  });
});
