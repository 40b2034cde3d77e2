import { describe, expect, test } from 'vitest';
import { generateCorpus, plainSpans } from '../../scripts/bench/corpus.ts';
import { analyseContent, formatDiagnostic, type ContentFiles } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';

function asContent(files: { path: string; text: string }[]): ContentFiles {
  const content: ContentFiles = { documents: [], sources: [], entities: [], claims: [] };
  for (const f of files) content[f.path.split('/')[1] as keyof ContentFiles].push({ file: f.path, text: f.text });
  return content;
}

describe('the benchmark corpus', () => {
  const corpus = generateCorpus({ documents: 12, entities: 60, claims: 20 });
  const content = asContent(corpus.files);
  const analysis = analyseContent(content);

  test('has one archived copy per document and the requested records', () => {
    expect(content.documents).toHaveLength(12);
    expect(content.sources.map((s) => s.file.replace(/^content\/sources\/|\.txt$/g, ''))).toEqual(
      content.documents.map((d) => d.file.replace(/^content\/documents\/|\.mdx$/g, '')),
    );
    expect(content.entities).toHaveLength(60);
    expect(content.claims).toHaveLength(20);
  });

  test('passes the content analyser', () => {
    expect(analysis.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(analysis.corpus.documents).toHaveLength(12);
  });

  test('each document carries the requested annotations', () => {
    for (const d of analysis.corpus.documents) {
      const count = (type: string) => d.annotations.filter((a) => a.type === type).length;
      expect([count('mention'), count('quote'), count('claim'), count('note')]).toEqual([20, 5, 5, 5]);
    }
    expect(corpus.counts).toEqual({ mentions: 20, quotes: 5, claims: 5, notes: 5 });
  });

  test('honours other densities', () => {
    const sparse = analyseContent(
      asContent(generateCorpus({ documents: 3, entities: 10, claims: 5, mentions: 4, quotes: 1, claimSpans: 2, notes: 0 }).files),
    );
    expect(sparse.diagnostics).toEqual([]);
    for (const d of sparse.corpus.documents) {
      expect(d.annotations.map((a) => a.type).sort()).toEqual(['claim', 'claim', 'mention', 'mention', 'mention', 'mention', 'quote']);
    }
  });

  test('documents are about 6 KB', () => {
    for (const d of content.documents) {
      expect(d.text.length).toBeGreaterThan(4500);
      expect(d.text.length).toBeLessThan(8000);
    }
  });

  test('is the same for the same seed and differs for another', () => {
    expect(generateCorpus({ documents: 2, entities: 30, claims: 5 }).files).toEqual(
      generateCorpus({ documents: 2, entities: 30, claims: 5 }).files,
    );
    expect(generateCorpus({ documents: 2, entities: 30, claims: 5, seed: 9 }).files).not.toEqual(
      generateCorpus({ documents: 2, entities: 30, claims: 5 }).files,
    );
  });

  test('links documents, entities and claims into one graph', () => {
    const graph = buildGraph(analysis.corpus);
    const mentioned = analysis.corpus.entities.filter((e) => graph.mentionsOf(e.id).length > 0);
    expect(mentioned.length).toBeGreaterThan(30);
    expect(analysis.corpus.claims.some((c) => graph.appearancesOf(c.id).length > 1)).toBe(true);
  });
});

describe('the baseline documents', () => {
  test('replace every component with a plain span', () => {
    const mdx =
      'A <Mention entity="x">B</Mention> and <Quote speaker="y" via="a, b">"C <Mention entity="z">D</Mention>"</Quote>, <Note kind="context" note="see [E](entity:e).">F</Note> <Claim claim="c">G</Claim>.';
    expect(plainSpans(mdx)).toBe('A <span>B</span> and <span>"C <span>D</span>"</span>, <span>F</span> <span>G</span>.');
  });

  test('keep the text of a generated document', () => {
    const doc = generateCorpus({ documents: 1, entities: 30, claims: 5 }).files.find((f) => f.path.endsWith('.mdx'))!;
    const plain = plainSpans(doc.text);
    expect(plain).not.toMatch(/<(Mention|Quote|Claim|Note)\b/);
    expect(plain.replace(/<\/?span>/g, '')).toBe(doc.text.replace(/<\/?(Mention|Quote|Claim|Note)\b[^>]*>/g, ''));
  });
});
