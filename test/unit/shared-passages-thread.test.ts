import { describe, expect, it } from 'vitest';
import { analyseContent, readContent } from '../../src/lib/analyser/index.ts';
import { findSharedPassagesInThread } from '../../src/lib/build/threads.ts';
import { buildGraph } from '../../src/lib/corpus/graph.ts';
import {
  passageSources,
  sharedPassagesFound,
  sharedPassagesFoundElsewhere,
  sharedPassagesOf,
} from '../../src/lib/corpus/shared-passages.ts';
import { findSharedPassages } from '../../src/lib/text/shared-passages.ts';

const { corpus } = analyseContent(readContent(process.cwd()));
const searchedHere = findSharedPassages(passageSources(buildGraph(corpus).documents));

describe('the passages the documents share, found in a build thread', () => {
  it('are the passages the search finds in this thread', async () => {
    expect([...searchedHere.values()].flat().length).toBeGreaterThan(0);
    const fromThread = await findSharedPassagesInThread(passageSources(buildGraph(corpus).documents));
    expect(fromThread).toEqual(searchedHere);
  });

  it('are what the pages read once handed over, without searching again', async () => {
    const graph = buildGraph(corpus);
    const handed = new Map(searchedHere);
    sharedPassagesFoundElsewhere(graph, Promise.resolve(handed));
    await sharedPassagesFound(graph);
    expect(sharedPassagesOf(graph)).toBe(handed);
  });

  it('are searched for in this thread when the build thread fails', async () => {
    const graph = buildGraph(corpus);
    sharedPassagesFoundElsewhere(graph, Promise.reject(new Error('the thread exited')));
    await expect(sharedPassagesFound(graph)).resolves.toBeUndefined();
    expect(sharedPassagesOf(graph)).toEqual(searchedHere);
  });

  it('are searched for in this thread when no build thread was asked', async () => {
    const graph = buildGraph(corpus);
    await sharedPassagesFound(graph);
    expect(sharedPassagesOf(graph)).toEqual(searchedHere);
  });
});
