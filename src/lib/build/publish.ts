// Publishing a build: the site is built into a staging folder beside the
// output folder and replaces it only once everything in it has been written,
// so a failed, killed or concurrent build never leaves a half-written site.
// A lock file keeps a second build in the same checkout from running at once.
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The folders a build of `outDir` uses beside it (same parent, so renames stay on one file system). */
export function buildPaths(outDir: string, root = process.cwd()) {
  const base = outDir.replace(/\/+$/, '');
  return {
    outDir: base,
    /** Astro's output folder during the build. */
    staging: `${base}.staging`,
    /** The data files, written while Astro still owns (and empties) the staging folder. */
    side: `${base}.staging-data`,
    /** The published site, for the moment between the two renames of `publish`. */
    previous: `${base}.previous`,
    /**
     * One per checkout, whatever the output folder: builds in one checkout
     * share Astro's caches (.astro/, node_modules/.vite), so only one may run.
     */
    lock: join(root, '.build.lock'),
  };
}

/** Another build holds the lock. */
export class BuildLocked extends Error {}

/** Whether a process with this id is running (signal 0 only asks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the build lock (a file holding this process's id, created only if
 * absent), or throws BuildLocked naming the build that holds it. A lock left
 * by a build that no longer runs (killed) is taken over. Returns its release.
 */
export function acquireLock(lock: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        // Only our own lock: a stale-lock takeover by another build must not be undone.
        if (readPid(lock) === process.pid) rmSync(lock, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readPid(lock);
      if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
        throw new BuildLocked(
          `another build (process ${holder}) is running in this checkout; wait for it to finish (or, if no build is running, delete ${lock})`,
        );
      }
      rmSync(lock, { force: true }); // stale: its build was killed
    }
  }
  throw new BuildLocked(`could not take the build lock ${lock}; another build started at the same moment`);
}

function readPid(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Undoes what an interrupted build left: staging folders, and a published
 * site still under its `previous` name if the build was killed between the
 * two renames of `publish`. Call it holding the lock.
 */
export function recoverInterrupted(paths: ReturnType<typeof buildPaths>): void {
  if (!existsSync(paths.outDir) && existsSync(paths.previous)) renameSync(paths.previous, paths.outDir);
  for (const dir of [paths.staging, paths.side, paths.previous]) rmSync(dir, { recursive: true, force: true });
}

/**
 * Puts the staged site in place: the published folder steps aside under its
 * `previous` name, the staging folder takes its name, the old one is removed.
 * A directory cannot be renamed over a non-empty one, hence two renames;
 * between them no site is published for a moment, and a build killed right
 * there is repaired by the next build (recoverInterrupted).
 */
export function publish(paths: ReturnType<typeof buildPaths>): void {
  rmSync(paths.previous, { recursive: true, force: true });
  const had = existsSync(paths.outDir);
  if (had) renameSync(paths.outDir, paths.previous);
  renameSync(paths.staging, paths.outDir);
  if (had) rmSync(paths.previous, { recursive: true, force: true });
}
