// The travel diagram as built: every line is a step of an attribution chain
// (or a copy without credit), every chain step is drawn, and every node and
// list entry links to a page that exists.
import { describe, expect, test } from 'vitest';
import { attributionChain } from '../../src/lib/corpus/chain.ts';
import { uncreditedCopies } from '../../src/lib/corpus/uncredited-copies.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { edgeType, UNNAMED } from '../../src/lib/views/travel.ts';
import { contentCorpus, fileForPath, page } from '../helpers/dist-pages.ts';

const graph = buildGraph(contentCorpus());
const nodeId = (s: ReturnType<typeof attributionChain>[number]) =>
  s.role === 'document' ? `document:${s.document}` : s.entity ? `${s.role}:${s.entity}` : UNNAMED;

/** Every chain step of the corpus, counted by the line it should be drawn as. */
const expected = new Map<string, number>();
for (const d of graph.documents) {
  for (const a of d.annotations) {
    if (a.type !== 'quote' && a.type !== 'claim') continue;
    const steps = attributionChain(d, a);
    for (let i = 1; i < steps.length; i++) {
      const key = `${edgeType(steps[i - 1]!, steps[i]!)}|${nodeId(steps[i - 1]!)}|${nodeId(steps[i]!)}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
  }
}
const copies = uncreditedCopies(graph);

describe.each([
  ['the story page', 'story/index.html', false],
  ['the home page', 'index.html', true],
])('the travel diagram on %s', (_name, file, compact) => {
  const doc = page(file);
  const svg = doc.querySelector('figure.travel svg')!;
  const lines = [...svg.querySelectorAll('g.travel__edge')].map((g) => ({
    id: g.getAttribute('data-edge')!,
    steps: Number(g.getAttribute('data-steps')),
    label: g.querySelector('text')?.textContent ?? '',
  }));

  test('has a title, a description and a caption', () => {
    expect(svg.querySelector('title')?.textContent).toMatch(/How the story travelled/);
    expect(svg.querySelector('desc')?.textContent?.length).toBeGreaterThan(40);
    expect(doc.querySelector('figure.travel figcaption')?.textContent).toMatch(/How the story travelled/);
  });

  test('every line is a step of an attribution chain, or a copy without credit, and is labelled in words', () => {
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const [type, from, to] = line.id.split('|');
      expect(line.label.length, line.id).toBeGreaterThan(0);
      if (type === 'copied') {
        expect(
          copies.some((c) => from === `outlet:${c.outlet}` && to === `document:${c.copy}`),
          line.id,
        ).toBe(true);
      } else {
        expect(expected.get(line.id), line.id).toBe(line.steps);
      }
    }
  });

  if (!compact) {
    test('every chain step is drawn: the lines count every step of every chain', () => {
      const drawn = lines.filter((l) => !l.id.startsWith('copied|'));
      expect(drawn.map((l) => l.id).sort()).toEqual([...expected.keys()].sort());
      expect(drawn.reduce((n, l) => n + l.steps, 0)).toBe([...expected.values()].reduce((a, b) => a + b, 0));
      expect(lines.filter((l) => l.id.startsWith('copied|')).length).toBe(copies.length);
    });

    test('the list in words gives the same lines as the diagram', () => {
      const listed = [...doc.querySelectorAll('.travel-list li[data-edge]')].map((li) => li.getAttribute('data-edge'));
      expect(listed.sort()).toEqual(lines.map((l) => l.id).sort());
    });
  } else {
    test('leaves the speakers out and links to the full diagram', () => {
      expect(svg.querySelector('.travel__node--speaker')).toBeNull();
      expect(doc.querySelector('.travel__more a')?.getAttribute('href')).toMatch(/story\/$/);
    });
  }

  test('every document is a node, and every node links to a page that exists', () => {
    const nodes = [...svg.querySelectorAll('a.travel__node')];
    for (const d of graph.documents)
      expect(
        nodes.some((a) => a.getAttribute('data-node') === `document:${d.slug}`),
        d.slug,
      ).toBe(true);
    for (const a of nodes) {
      const href = a.getAttribute('href')!;
      expect(fileForPath(new URL(href, 'http://x/').pathname), href).toBeDefined();
    }
  });
});
