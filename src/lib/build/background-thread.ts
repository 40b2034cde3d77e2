// Background work of the build (the data files, the search index) runs in
// worker threads beside Astro. On a machine with few cores they compete with
// Astro's bundling and rendering, which are the build's critical path; at the
// lowest priority they take only the CPU time Astro leaves idle, and still
// get all of it once Astro is done.
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Lowers the calling thread (not the whole process) to the lowest
 * scheduling priority. On Linux a nice value belongs to one thread, and
 * /proc/thread-self names it; elsewhere this does nothing and the thread keeps
 * its priority. Returns whether the priority was lowered.
 */
export function lowerThreadPriority(): boolean {
  let thread: number;
  try {
    thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return false;
  }
  if (!Number.isInteger(thread) || thread <= 0) return false;
  try {
    setPriority(thread, constants.priority.PRIORITY_LOW);
    return true;
  } catch {
    // Not permitted here (a sandbox): the work still runs, only sooner.
    return false;
  }
}
