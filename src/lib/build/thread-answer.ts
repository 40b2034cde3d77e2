// The build's worker threads (the analyser's shares, the search indexes, the
// data files) each post one answer when their work is done.
import type { Worker } from 'node:worker_threads';

/**
 * The first message `worker` posts. Rejects, naming `what`, if the thread
 * throws or exits before it answers. Call it as soon as the worker is made,
 * so an early failure is not missed.
 */
export function threadAnswer<T>(worker: Worker, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', (error) => reject(new Error(`${what}: ${error.message}`)));
    worker.once('exit', (code) => reject(new Error(`${what}: the thread exited with code ${code} before it answered`)));
  });
}
