// Pagefind's Node API talks to a Pagefind process it starts itself and never
// notices that process dying: a panic there leaves every pending call waiting
// forever, and the build with it. This catches the processes a call starts,
// so the caller can fail as soon as one exits.
import childProcess, { type ChildProcess } from 'node:child_process';

/**
 * Runs `start` and calls `onExit` (once) if any process it spawned exits.
 * Only the processes spawned while `start` runs are watched.
 */
export async function watchSpawned<T>(
  start: () => Promise<T>,
  onExit: (code: number | null, signal: NodeJS.Signals | null) => void,
): Promise<T> {
  const original = childProcess.spawn;
  let told = false;
  const watched = ((...args: Parameters<typeof original>) => {
    const child: ChildProcess = (original as (...a: unknown[]) => ChildProcess).apply(childProcess, args);
    child.once('exit', (code, signal) => {
      if (told) return;
      told = true;
      onExit(code, signal);
    });
    return child;
  }) as typeof original;
  childProcess.spawn = watched;
  try {
    return await start();
  } finally {
    childProcess.spawn = original;
  }
}
