import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import type { ChainStep } from '../../src/lib/corpus/chain.ts';
import { creditedOutlet, uncreditedCopies, wordsOutsideQuotes } from '../../src/lib/corpus/uncredited-copies.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { allChains, edgeType, travelView, UNNAMED } from '../../src/lib/views/travel.ts';
import { drawable, layoutTravel, MAX_DRAWN_DOCUMENTS, wrap } from '../../src/lib/views/travel-layout.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import type { AnalysedDocument, QuoteAnnotation } from '../../src/lib/corpus/types.ts';

const analysis = analyseContent(readContent(process.cwd()));
const graph = buildGraph(analysis.corpus);
const urls = makeUrls('/');
const view = travelView(graph, urls, urls.story());

const step = (role: ChainStep['role'], type: ChainStep['type']): ChainStep => ({
  role,
  type,
  entity: 'x',
  document: role === 'document' ? 'd' : undefined,
});

describe('the type of a step in the travel diagram', () => {
  it.each([
    ['a speaker at an event', step('speaker', 'said'), step('event', 'said'), 'said-at'],
    ['a speaker paraphrased at an event', step('speaker', 'paraphrased'), step('event', 'paraphrased'), 'said-at'],
    ['an event quoted by an outlet', step('event', 'said'), step('outlet', 'reported'), 'reported'],
    ['an event paraphrased by an outlet', step('event', 'paraphrased'), step('outlet', 'reported'), 'paraphrased'],
    ['a speaker quoted straight into a copy', step('speaker', 'said'), step('document', 'reported'), 'reported'],
    ['no named source, straight into a copy', step('speaker', 'unattributed'), step('document', 'reported'), 'unattributed'],
    ['an outlet citing another', step('outlet', 'reported'), step('outlet', 'reported'), 'reported'],
    ['an outlet republished by the copy', step('outlet', 'reported'), step('document', 'republished'), 'republished'],
  ] as const)('%s', (_name, from, to, type) => {
    expect(edgeType(from, to)).toBe(type);
  });
});

describe('the travel view of the corpus', () => {
  const chains = allChains(graph);

  it('draws every step of every attribution chain once, and nothing else but copies', () => {
    const drawn = view.edges.filter((e) => e.type !== 'copied').reduce((n, e) => n + e.steps.length, 0);
    const steps = chains.reduce((n, c) => n + c.steps.length - 1, 0);
    expect(drawn).toBe(steps);
    expect(view.chainSteps).toBe(steps);
    expect(steps).toBeGreaterThan(100);
  });

  it('has a node for every speaker, event, outlet and document that a chain names, and for every document', () => {
    const ids = new Set(view.nodes.map((n) => n.id));
    for (const { steps } of chains) {
      for (const s of steps) {
        const id = s.role === 'document' ? `document:${s.document}` : s.entity ? `${s.role}:${s.entity}` : UNNAMED;
        expect(ids.has(id), id).toBe(true);
      }
    }
    for (const d of graph.documents) expect(ids.has(`document:${d.slug}`)).toBe(true);
    for (const e of view.edges) expect(ids.has(e.from) && ids.has(e.to), e.id).toBe(true);
  });

  it('puts speakers, events, outlets and copies in columns, left to right', () => {
    const layer = new Map(view.nodes.map((n) => [n.id, n.layer]));
    for (const e of view.edges) expect(layer.get(e.to)!, e.id).toBeGreaterThan(layer.get(e.from)!);
    const last = Math.max(...layer.values());
    for (const n of view.nodes.filter((n) => n.kind === 'document')) expect(n.layer).toBe(last);
    expect(view.nodes.find((n) => n.id === 'outlet:sputnik')!.layer).toBeLessThan(view.nodes.find((n) => n.id === 'outlet:rt')!.layer);
  });

  it('links RT to the unsigned copy that carries its wording without credit, and only there', () => {
    const copies = uncreditedCopies(graph);
    expect(copies.map((c) => [c.outlet, c.copy, c.from])).toEqual([
      ['rt', 'russia-reveals-details-oil-smuggling', 'russia-presents-proof-turkey-role'],
    ]);
    expect(copies[0]!.ownWords).toBeGreaterThanOrEqual(12);
    const copied = view.edges.filter((e) => e.type === 'copied');
    expect(copied.map((e) => [e.from, e.to])).toEqual([['outlet:rt', 'document:russia-reveals-details-oil-smuggling']]);
    expect(copied[0]!.steps.length).toBe(copies[0]!.anchors.length);
  });
});

describe('copies without credit', () => {
  const doc = (text: string, quotes: [number, number, QuoteAnnotation['mode']][]): AnalysedDocument => ({
    slug: 'd',
    file: 'content/documents/d.mdx',
    data: { title: 'T', publisher: undefined, published: undefined, language: 'en', summary: 's', trimmed: [], lacks: [] },
    text,
    annotations: quotes.map(([start, end, mode], i) => ({
      type: 'quote',
      anchor: `q${i}`,
      start,
      end,
      exact: text.slice(start, end),
      prefix: '',
      suffix: '',
      sentence: '',
      line: 1,
      column: 1,
      via: [],
      mode,
      stance: 'asserts',
    })),
    injections: [],
  });
  const text = 'He said “one two three” and then four five.';

  it.each([
    ['no quotation', [], 9],
    ['a direct quotation', [[8, 23, 'direct']], 6],
    ['a paraphrase counts as the outlet’s own words', [[8, 23, 'paraphrase']], 9],
    [
      'overlapping quotations',
      [
        [8, 23, 'direct'],
        [15, 30, 'direct'],
      ],
      5,
    ],
  ] as const)('counts words outside quotation marks with %s', (_name, quotes, words) => {
    expect(wordsOutsideQuotes(doc(text, quotes as never), 0, text.length)).toBe(words);
  });

  it('credits the original publisher of a republication, else the publisher', () => {
    const d = doc('x', []);
    expect(creditedOutlet(d)).toBeUndefined();
    expect(creditedOutlet({ ...d, data: { ...d.data, publisher: 'rt' } })).toBe('rt');
    expect(creditedOutlet({ ...d, data: { ...d.data, publisher: 'global-research', originalPublisher: 'rt' } })).toBe('rt');
  });
});

describe('the layout of the travel diagram', () => {
  const layout = layoutTravel(view);

  it('places every node inside the picture without overlapping another', () => {
    expect(layout.nodes.length).toBe(view.nodes.length);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    }
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  it('draws every edge as a path with its label', () => {
    expect(layout.edges.length).toBe(view.edges.length);
    for (const e of layout.edges) {
      expect(e.path).toMatch(/^M[\d.]+ [\d.]+( C[\d. -]+)+$/);
      expect(e.label.length).toBeGreaterThan(0);
    }
  });

  it('leaves the speakers out of the compact version, and keeps every copy in the last column', () => {
    const compact = layoutTravel(view, { compact: true });
    expect(compact.nodes.some((n) => n.kind === 'speaker')).toBe(false);
    expect(compact.nodes.filter((n) => n.kind === 'document').length).toBe(graph.documents.length);
    const docsLeft = Math.min(...compact.nodes.filter((n) => n.kind === 'document').map((n) => n.x));
    for (const n of compact.nodes.filter((n) => n.kind !== 'document')) expect(n.x + n.width).toBeLessThan(docsLeft);
  });

  it('is drawn up to a bounded number of documents, and not beyond', () => {
    expect(drawable(view)).toBe(true);
    const copy = view.nodes.find((n) => n.kind === 'document')!;
    const many = {
      ...view,
      nodes: [...view.nodes, ...Array.from({ length: MAX_DRAWN_DOCUMENTS }, (_, i) => ({ ...copy, id: `document:extra-${i}` }))],
    };
    expect(drawable(many)).toBe(false);
  });

  it.each([
    ['Moscow briefing of 2 December 2015', 24, ['Moscow briefing of 2', 'December 2015']],
    ['RT', 24, ['RT']],
    ['averyveryverylongwordthatdoesnotfit here', 10, ['averyveryverylongwordthatdoesnotfit', 'here']],
  ])('wraps “%s” at %i characters', (text, max, lines) => {
    expect(wrap(text, max)).toEqual(lines);
  });
});
