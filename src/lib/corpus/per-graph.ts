import type { CorpusGraph } from './graph.ts';

/**
 * `make`, worked out once per graph and key: for what many pages read and
 * what grows with the corpus (a claim's disputes, a document's share card).
 * Callers must not change what it returns.
 */
export function oncePerGraph<K, V>(make: (graph: CorpusGraph, key: K) => V): (graph: CorpusGraph, key: K) => V {
  const made = new WeakMap<CorpusGraph, Map<K, V>>();
  return (graph, key) => {
    let byKey = made.get(graph);
    if (!byKey) made.set(graph, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, make(graph, key));
    return byKey.get(key)!;
  };
}
