// Waiting for a finished thread's memory to come back. V8 gives the memory of
// a worker thread back to the system some seconds after the thread ends (8 s
// here, measured, however large the thread), so a step that needs much memory
// and starts right after a large thread ends meets both at once.

/**
 * Below this, a thread's memory is not worth waiting for: the data files'
 * thread held 0.7 GB at 3,000 documents, where the build peaks at 2.7 GiB and
 * waiting pushed the index's last step past the last page; 2 GB at 10,000.
 */
export const WORTH_WAITING = 1024 * 1024 * 1024;

export interface MemoryWait {
  /** The process's resident memory now, in bytes. */
  residentBytes?: () => number;
  /** The resident memory when the thread ended (read at the call when not given). */
  from?: number;
  /** How long to wait at most, and how often to look. */
  limitMs?: number;
  everyMs?: number;
}

/**
 * Resolves once the process's resident memory has fallen by half of `heldBytes`
 * (what the ended thread held), or after `limitMs`; at once when `heldBytes`
 * is below WORTH_WAITING.
 */
export async function memoryGivenBack(heldBytes: number, options: MemoryWait = {}): Promise<void> {
  const { residentBytes = () => process.memoryUsage.rss(), limitMs = 15_000, everyMs = 250 } = options;
  if (heldBytes < WORTH_WAITING) return;
  const target = (options.from ?? residentBytes()) - heldBytes / 2;
  const until = performance.now() + limitMs;
  while (residentBytes() > target && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, everyMs));
}
