// The build's worker threads (the analyser's shares, the search indexes, the
// data files) each post one answer when their work is done; the analyser's,
// in a build, a second one (the documents compiled).
import type { Worker } from 'node:worker_threads';

/**
 * The first `count` messages `worker` posts, in order. Those not yet come
 * reject, naming `what`, if the thread throws or exits. Call it as soon as the
 * worker is made, so an early failure is not missed.
 */
export function threadAnswers<T extends unknown[]>(worker: Worker, what: string, count: number): { [K in keyof T]: Promise<T[K]> } {
  const pending: { resolve: (value: unknown) => void; reject: (error: Error) => void }[] = [];
  const answers = Array.from({ length: count }, () => new Promise((resolve, reject) => pending.push({ resolve, reject })));
  worker.on('message', (message) => pending.shift()?.resolve(message));
  const fail = (error: Error) => pending.splice(0).forEach((p) => p.reject(error));
  worker.once('error', (error) => fail(new Error(`${what}: ${error.message}`)));
  worker.once('exit', (code) => fail(new Error(`${what}: the thread exited with code ${code} before it answered`)));
  return answers as { [K in keyof T]: Promise<T[K]> };
}

/** The first message `worker` posts (threadAnswers, for one). */
export function threadAnswer<T>(worker: Worker, what: string): Promise<T> {
  return threadAnswers<[T]>(worker, what, 1)[0];
}
