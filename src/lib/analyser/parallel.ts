import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { threadAnswers } from '../build/thread-answer.ts';
import { threadNames } from '../build/thread-names.ts';
import { analyseDocument } from './document.ts';
import { compileValid, completeAnalysis, prepareAnalysis, type Analysis, type ReadFiles, type DocumentResult } from './corpus.ts';

export interface ParallelOptions {
  /** How many threads share the documents (this one included when `inThisThread`). */
  threads?: number;
  /** Below this many documents per thread, starting one costs more than it saves. */
  minimumPerThread?: number;
  /** Whether this thread analyses a share itself. The build says no: it starts Astro meanwhile. */
  inThisThread?: boolean;
  /** Whether to compile each valid document for its page too (Analysis.compiled). The build says yes; the check alone has no use for it. */
  compile?: boolean;
}

/**
 * analyseContent, with the documents spread over the machine's cores: this
 * thread takes the first share (unless told not to) and one worker thread each
 * of the others. Each document is still parsed once, and the result is the
 * same, in the same order.
 */
export async function analyseContentInParallel(files: ReadFiles, options: ParallelOptions = {}): Promise<Analysis> {
  const { threads = availableParallelism(), minimumPerThread = 150, inThisThread = true, compile = false } = options;
  const prepared = prepareAnalysis(files);
  const inputs = prepared.documents;
  const count = Math.max(1, Math.min(threads, Math.floor(inputs.length / minimumPerThread)));
  const size = Math.ceil(inputs.length / count);
  const shares = Array.from({ length: count }, (_, i) => inputs.slice(i * size, (i + 1) * size));
  const inWorkers = shares.slice(inThisThread ? 1 : 0).map((share) =>
    threadAnswers<[DocumentResult[], Compiled]>(
      new Worker(new URL('./worker.ts', import.meta.url), {
        name: threadNames.check,
        workerData: { inputs: share, ids: prepared.ids, compile },
      }),
      'the analyser',
      compile ? 2 : 1,
    ),
  );
  const here = inThisThread ? shares[0]!.map((input) => analyseDocument(input, prepared.ids)) : [];
  const results = [here, ...(await Promise.all(inWorkers.map(([analysed]) => analysed)))];
  const analysis = completeAnalysis(files, prepared, results.flat());
  if (!compile) return analysis;
  // The code comes after the answer: Astro bundles meanwhile, and the pages wait for it (src/lib/corpus/store.ts).
  const compiledHere = inThisThread ? compileValid(shares[0]!, here) : [];
  analysis.compiled = Promise.all(inWorkers.map(([, compiled]) => compiled)).then(
    (lists) => new Map([compiledHere, ...lists].flat()),
    // A page whose code never came compiles its document itself.
    () => undefined,
  );
  return analysis;
}

/** The second answer of an analyser's thread, when asked to compile (compileValid). */
type Compiled = [file: string, code: string][];
