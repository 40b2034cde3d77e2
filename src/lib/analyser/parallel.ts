import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { threadAnswer } from '../build/thread-answer.ts';
import { analyseDocument } from './document.ts';
import { completeAnalysis, prepareAnalysis, type Analysis, type ReadFiles, type DocumentResult } from './corpus.ts';

export interface ParallelOptions {
  /** How many threads share the documents (this one included when `inThisThread`). */
  threads?: number;
  /** Below this many documents per thread, starting one costs more than it saves. */
  minimumPerThread?: number;
  /** Whether this thread analyses a share itself. The build says no: it starts Astro meanwhile. */
  inThisThread?: boolean;
}

/**
 * analyseContent, with the documents spread over the machine's cores: this
 * thread takes the first share (unless told not to) and one worker thread each
 * of the others. Each document is still parsed once, and the result is the
 * same, in the same order.
 */
export async function analyseContentInParallel(files: ReadFiles, options: ParallelOptions = {}): Promise<Analysis> {
  const { threads = availableParallelism(), minimumPerThread = 150, inThisThread = true } = options;
  const prepared = prepareAnalysis(files);
  const inputs = prepared.documents;
  const count = Math.max(1, Math.min(threads, Math.floor(inputs.length / minimumPerThread)));
  const size = Math.ceil(inputs.length / count);
  const shares = Array.from({ length: count }, (_, i) => inputs.slice(i * size, (i + 1) * size));
  const inWorkers = shares
    .slice(inThisThread ? 1 : 0)
    .map((share) =>
      threadAnswer<DocumentResult[]>(
        new Worker(new URL('./worker.ts', import.meta.url), { workerData: { inputs: share, ids: prepared.ids } }),
        'the analyser',
      ),
    );
  const here = inThisThread ? [shares[0]!.map((input) => analyseDocument(input, prepared.ids))] : [];
  return completeAnalysis(files, prepared, [...here, ...(await Promise.all(inWorkers))].flat());
}
