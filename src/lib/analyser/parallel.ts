import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseDocument } from './document.ts';
import { completeAnalysis, prepareAnalysis, type Analysis, type ContentFiles, type DocumentResult } from './corpus.ts';


/**
 * analyseContent, with the documents spread over the machine's cores: this
 * thread takes the first share and one worker thread each of the others.
 * Each document is still parsed once, and the result is the same, in the same order.
 */
export async function analyseContentInParallel(
  files: ContentFiles,
  threads = availableParallelism(),
  /** Below this many documents per thread, starting one costs more than it saves. */
  minimumPerThread = 150,
): Promise<Analysis> {
  const prepared = prepareAnalysis(files);
  const inputs = prepared.documents;
  const count = Math.max(1, Math.min(threads, Math.floor(inputs.length / minimumPerThread)));
  const size = Math.ceil(inputs.length / count);
  const shares = Array.from({ length: count }, (_, i) => inputs.slice(i * size, (i + 1) * size));
  const others = shares.slice(1).map(
    (share) =>
      new Promise<DocumentResult[]>((resolve, reject) => {
        const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { inputs: share, ids: prepared.ids } });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`analyser thread exited with code ${code}`)));
      }),
  );
  const first = shares[0]!.map((input) => analyseDocument(input, prepared.ids));
  return completeAnalysis(files, prepared, [first, ...(await Promise.all(others))].flat());
}
