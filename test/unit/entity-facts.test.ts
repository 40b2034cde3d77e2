// The head of an entity page, its table of contents and its lists of claims,
// from the project's own content (views/entity-facts.ts, views/entity.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { entityFacts, namedAlongside } from '../../src/lib/views/entity-facts.ts';
import { entityView } from '../../src/lib/views/entity.ts';

const graph = buildGraph(analyseContent(readContent(join(import.meta.dirname, '..', '..'))).corpus);
const urls = makeUrls('/reader/');
const entity = (id: string) => graph.entity(id)!;

describe('the facts at the head of an entity page', () => {
  const erdogan = entityFacts(graph, urls, entity('recep-tayyip-erdogan'));

  it('names the kind, and lists how the documents print the name other than its own, with how often', () => {
    expect(erdogan.kind).toBe('Person');
    expect(erdogan.variants).toEqual([
      { text: 'Erdogan', count: '×2' },
      { text: 'Recep Tayyip Erdogan', count: '×2' },
      { text: 'Erdogon', count: '×1' },
    ]);
    expect(erdogan.variants.map((v) => v.text)).not.toContain(entity('recep-tayyip-erdogan').name);
  });

  it('links what it belongs to and what belongs to it, and names each outside description by its site', () => {
    expect(erdogan.affiliations).toEqual([{ href: '/reader/entities/turkey/', name: 'Turkey' }]);
    expect(erdogan.affiliates).toEqual([
      { href: '/reader/entities/erdogan-doha-speech-2015-12-02/', name: 'Doha speech of 2 December 2015' },
    ]);
    expect(erdogan.sameAs).toEqual([{ href: 'https://en.wikipedia.org/wiki/Recep_Tayyip_Erdo%C4%9Fan', host: 'en.wikipedia.org' }]);
  });

  it('names the entities said in the same sentences, most often first, at most 16', () => {
    const alongside = namedAlongside(graph, urls, entity('russia'));
    expect(alongside.length).toBeGreaterThan(0);
    expect(alongside.length).toBeLessThanOrEqual(16);
    expect(alongside[0]!.href).toMatch(/^\/reader\/entities\/[a-z0-9-]+\/$/);
    expect(alongside[0]!.sentences).toMatch(/^\d+ sentences?$/);
  });
});

describe('an entity page’s contents and claims', () => {
  it('lists only the sections that have something, in page order', () => {
    expect(entityView(graph, urls, 'rt').contents.map((c) => c.label)).toEqual([
      'Published',
      'Quotes relayed',
      'Mentions',
      'Named alongside',
      'Documents',
    ]);
    expect(entityView(graph, urls, 'recep-tayyip-erdogan').contents).toEqual([
      { href: '#quotes-title', label: 'Quotes' },
      { href: '#made-title', label: 'Claims made' },
      { href: '#disputed-title', label: 'Claims disputed' },
      { href: '#mentions-title', label: 'Mentions' },
      { href: '#alongside-title', label: 'Named alongside' },
      { href: '#docs-title', label: 'Documents' },
    ]);
  });

  it('says before each claim’s passages whether the entity made it first, and who claimed what it contests', () => {
    const v = entityView(graph, urls, 'recep-tayyip-erdogan');
    expect(v.made.map((m) => m.lead)).toEqual([' — first made by Recep Tayyip Erdoğan; 2 quotes here: ']);
    expect(v.disputed.map((m) => m.lead)).toEqual([' — claimed by Russian Defence Ministry; contested in: ']);
    expect(v.inCorpus).toBe('4 documents; 4 quotes; 6 mentions');
    const rudskoy = entityView(graph, urls, 'sergey-rudskoy').made.map((m) => m.lead);
    expect(rudskoy).toContain(' — attributed to Sergey Rudskoy in these documents; 1 quote here: ');
  });
});
