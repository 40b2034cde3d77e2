import { analyseContent, formatDiagnostic, readContent, type Analysis } from './analyser/index.ts';
import { buildGraph, type CorpusGraph } from './graph.ts';

/**
 * The analysed corpus and its graph, held once per process. The build script
 * analyses the content before Astro starts and leaves the result here, so the
 * anchor plugin and every page share one analysis; under `astro dev` the
 * first caller analyses and a changed document resets it.
 *
 * It lives on globalThis because Astro loads this module twice (once for the
 * config, once inside its page bundle) and both copies must see one corpus.
 */
interface Store {
  root: string;
  analysis: Analysis;
  graph: CorpusGraph;
}

const key = Symbol.for('annotated-reader.corpus');
const countKey = Symbol.for('annotated-reader.analyses');
const slot = globalThis as unknown as { [key]?: Store; [countKey]?: number };

/** How many times this process has analysed the content; the build checks it stays at one. */
export function analysisCount(): number {
  return slot[countKey] ?? 0;
}

export function storeAnalysis(root: string, analysis: Analysis): Store {
  slot[countKey] = analysisCount() + 1;
  const store = { root, analysis, graph: buildGraph(analysis.corpus) };
  slot[key] = store;
  return store;
}

export function invalidateCorpus(): void {
  delete slot[key];
}

/** The corpus of the project at `root`; throws with every diagnostic when the content is invalid. */
export function getCorpus(root = process.cwd()): Store {
  const store = slot[key]?.root === root ? slot[key] : storeAnalysis(root, analyseContent(readContent(root)));
  const errors = store.analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`content has ${errors.length} error(s); run npm run check\n${errors.map(formatDiagnostic).join('\n')}`);
  }
  return store;
}
