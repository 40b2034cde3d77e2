import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { threadAnswer } from '../../src/lib/build/thread-answer.ts';

const thread = (code: string) => new Worker(code, { eval: true });

describe("a worker thread's answer", () => {
  test('is the first message the thread posts', async () => {
    await expect(threadAnswer(thread(`require('node:worker_threads').parentPort.postMessage({ n: 1 })`), 'the test')).resolves.toEqual({
      n: 1,
    });
  });

  test('is a failure naming the work when the thread throws', async () => {
    await expect(threadAnswer(thread(`throw new Error('disk full')`), 'writing the data files')).rejects.toThrow(
      'writing the data files: disk full',
    );
  });

  test('is a failure when the thread exits without answering', async () => {
    await expect(threadAnswer(thread(`process.exit(0)`), 'the search index')).rejects.toThrow(
      'the search index: the thread exited with code 0 before it answered',
    );
  });
});
