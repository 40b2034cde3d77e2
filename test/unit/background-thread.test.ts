import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';

/** The nice value of the calling thread: field 19 of /proc/thread-self/stat. */
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);

const onLinux = process.platform === 'linux';

describe('background threads', () => {
  test.runIf(onLinux)('lowers the priority of the calling thread only, and of processes it starts', async () => {
    const module = new URL('../../src/lib/build/background-thread.ts', import.meta.url).href;
    // A worker that lowers itself, then reports its own nice value and that of a child process it starts.
    const code = `
      const { parentPort } = require('node:worker_threads');
      const { readFileSync } = require('node:fs');
      const { execFileSync } = require('node:child_process');
      import(${JSON.stringify(module)}).then(({ lowerThreadPriority }) => {
        const lowered = lowerThreadPriority();
        const stat = readFileSync('/proc/thread-self/stat', 'utf8');
        const child = execFileSync('cat', ['/proc/self/stat'], { encoding: 'utf8' });
        parentPort.postMessage({ lowered, stat, child });
      });`;
    const before = niceOf(readFileSync('/proc/thread-self/stat', 'utf8'));
    const result = await new Promise<{ lowered: boolean; stat: string; child: string }>((resolve, reject) => {
      const worker = new Worker(code, { eval: true });
      worker.once('message', (m) => {
        resolve(m);
        void worker.terminate();
      });
      worker.once('error', reject);
    });

    expect(result.lowered).toBe(true);
    expect(niceOf(result.stat)).toBe(19);
    expect(niceOf(result.child)).toBe(19);
    expect(niceOf(readFileSync('/proc/thread-self/stat', 'utf8'))).toBe(before);
  });
});
