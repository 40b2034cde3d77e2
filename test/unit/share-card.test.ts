import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import { claimCard, documentCard, shareCardFor, shareMeta } from '../../src/lib/share-images/card.ts';
import { headlineSize, renderShareImage } from '../../src/lib/share-images/draw.ts';
import { makeUrls } from '../../src/lib/urls.ts';

const graph = buildGraph(analyseContent(readContent(process.cwd())).corpus);

describe('share cards', () => {
  it('gives a republished document its outlet chain and the dispute status of its claims', () => {
    const card = documentCard(graph, 'russia-presents-proof-turkey-role');
    expect(card.headline).toBe("Russia Presents Proof of Turkey's Role in ISIS Oil Trade");
    expect(card.chain).toEqual(['quoting Sputnik', 'RT, 2 Dec 2015', 'republished by Global Research, 3 Dec 2015']);
    expect(card.disputed).toBe(true);
    expect(card.badge).toBe('Disputed');
    expect(card.status).toMatch(/^\d+ tracked claims; \d+ disputed, by /);
    expect(card.alt).toContain(card.headline);
  });

  it('names every disputer of a document’s claims once, in the order first met, on every document', () => {
    // Read straight from the graph, claim by claim: the card keeps each claim's list from one document to the next.
    const expected = (claims: string[]) => {
      const who = new Set<string>();
      for (const id of claims)
        for (const { annotation } of graph.disputesOf(id))
          who.add(annotation.type === 'quote' && annotation.speaker ? graph.entity(annotation.speaker)!.name : 'an unnamed source');
      return [...who];
    };
    let disputed = 0;
    for (const d of graph.documents) {
      const claims = [...new Set(d.annotations.flatMap((a) => ((a.type === 'quote' || a.type === 'claim') && a.claim ? [a.claim] : [])))];
      const who = expected(claims.filter((id) => graph.disputesOf(id).length > 0));
      const card = documentCard(graph, d.slug);
      if (who.length === 0) continue;
      disputed++;
      const named = who.length > 3 ? [...who.slice(0, 3), `${who.length - 3} other${who.length === 4 ? '' : 's'}`] : who;
      expect(card.status).toContain(`, by ${named.slice(0, -1).join(', ')}${named.length > 1 ? ' and ' : ''}${named.at(-1)}`);
    }
    expect(disputed).toBeGreaterThan(1);
  });

  it('says when a copy names no publisher and no date', () => {
    expect(documentCard(graph, 'turkey-buying-oil-from-isis').chain).toEqual(['copy on an unnamed site, undated']);
  });

  it('gives a claim its claimant, event and outlets, and who disputes it', () => {
    const card = claimCard(graph, 'turkey-buys-isis-oil');
    expect(card.chain[0]).toBe(graph.entity(graph.claim('turkey-buys-isis-oil')!.claimant)!.name);
    expect(card.disputed).toBe(true);
    expect(card.detail).toMatch(/^by /);
    expect(card.status).toMatch(/^Disputed by /);
  });

  it('says “no dispute recorded” for a claim nobody here contests', () => {
    const quiet = graph.claims.find((c) => graph.disputesOf(c.id).length === 0)!;
    const card = claimCard(graph, quiet.id);
    expect([card.disputed, card.badge, card.status]).toEqual([false, 'No dispute recorded', 'No dispute recorded in these documents']);
  });

  it.each([
    ['documents/turkey-buying-oil-from-isis/', { kind: 'document', id: 'turkey-buying-oil-from-isis' }],
    ['/claims/strike-tally/', { kind: 'claim', id: 'strike-tally' }],
    ['/claims/no-such-claim/', undefined],
    ['/claims/', undefined],
    ['/story/', undefined],
    ['/documents/turkey-buying-oil-from-isis/cite.json', undefined],
  ])('finds the card of the page at %s', (path, card) => {
    expect(shareCardFor(graph, path)).toEqual(card);
  });

  it('names the image by an absolute URL under the base path', () => {
    const meta = shareMeta(graph, '/claims/strike-tally/', makeUrls('/reader/', 'https://example.org'));
    expect(meta?.image).toBe('https://example.org/reader/share/claims/strike-tally.png');
  });

  it.each([
    [40, 64],
    [90, 54],
    [140, 46],
    [200, 40],
  ])('sets a headline of %i characters at %i px', (length, size) => {
    expect(headlineSize('x'.repeat(length))).toBe(size);
  });
});

describe('the share image', () => {
  it('is a 1200 × 630 PNG', async () => {
    const png = Buffer.from(renderShareImage(claimCard(graph, 'strike-tally')));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
