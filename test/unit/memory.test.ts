// The build's wait for a finished thread's memory (src/lib/build/memory.ts).
import { describe, expect, it } from 'vitest';
import { memoryGivenBack, WORTH_WAITING } from '../../src/lib/build/memory.ts';

const GiB = 1024 ** 3;

/** A resident size that reads `values` in turn, then keeps the last; counts the reads. */
function readings(values: number[]) {
  let i = 0;
  const read = () => values[Math.min(i++, values.length - 1)]!;
  return { read, reads: () => i };
}

describe('waiting for a thread’s memory to come back', () => {
  it('waits until half of what the thread held is given back', async () => {
    const rss = readings([5 * GiB, 5 * GiB, 5 * GiB, 4.4 * GiB]);
    await memoryGivenBack(1 * GiB, { residentBytes: rss.read, everyMs: 1 });
    expect(rss.reads()).toBe(4);
  });

  it('stops waiting after its limit when nothing comes back', async () => {
    const rss = readings([5 * GiB]);
    const started = performance.now();
    await memoryGivenBack(1 * GiB, { residentBytes: rss.read, everyMs: 5, limitMs: 50 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
    expect(rss.reads()).toBeGreaterThan(2);
  });

  it('does not wait for a small thread', async () => {
    const rss = readings([5 * GiB]);
    await memoryGivenBack(WORTH_WAITING - 1, { residentBytes: rss.read });
    expect(rss.reads()).toBe(0);
  });
});
