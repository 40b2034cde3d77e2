import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildSync, startAstroBuild } from '../helpers/astro-build.ts';
import { siteCopy, snapshot } from '../helpers/site-copy.ts';

const startBuild = (cwd: string) => startAstroBuild(cwd);

/** Output and exit code of a build process. */
function finished(child: ChildProcess): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.resume();
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

/** Whether `child` holds the build lock of `dir` (then what an earlier, killed build left is cleared already). */
function holdsLock(dir: string, child: ChildProcess): boolean {
  try {
    return readFileSync(join(dir, '.build.lock'), 'utf8').trim() === String(child.pid);
  } catch {
    return false;
  }
}

/** Resolves once `ready()` holds (polled) while `child` holds the lock of `dir`, or with false when the process has exited first. */
function when(child: ChildProcess, ready: () => boolean, dir?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if ((dir === undefined || holdsLock(dir, child)) && ready()) {
        clearInterval(timer);
        resolve(true);
      } else if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(timer);
        resolve(false);
      }
    }, 5);
  });
}

describe('publishing a build', () => {
  let dir: string;
  let published: Record<string, string>;

  beforeAll(() => {
    dir = siteCopy('publish');
    const first = astroBuildSync(dir);
    expect(first.status, first.stderr).toBe(0);
    published = snapshot(join(dir, 'dist'));
  }, 200_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Moments a build can be killed at: while the check runs, while Astro renders, while the last index is written.
  const moments: [string, (d: string) => boolean][] = [
    ['while the content is checked', (d) => existsSync(join(d, '.build.lock'))],
    ['once Astro writes pages', (d) => existsSync(join(d, 'dist.staging', 'documents'))],
    ['while the search index is written', (d) => existsSync(join(d, 'dist.staging', 'pagefind'))],
  ];

  it.each(moments)(
    'leaves the published site byte for byte as it was when killed %s',
    async (_moment, ready) => {
      const child = startBuild(dir);
      const done = finished(child);
      const reached = await when(child, () => ready(dir), dir);
      child.kill('SIGKILL');
      const result = await done;
      expect(reached, `the build ended before the moment came: ${result.stderr}`).toBe(true);
      expect(result.signal).toBe('SIGKILL');
      expect(snapshot(join(dir, 'dist'))).toEqual(published);
    },
    200_000,
  );

  it('stops cleanly on SIGTERM: says so, leaves the published site as it was, and releases the lock', async () => {
    const child = startBuild(dir);
    const done = finished(child);
    expect(await when(child, () => existsSync(join(dir, 'dist.staging', 'documents')), dir)).toBe(true);
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('✗ build stopped by SIGTERM; dist/ was left as it was.');
    expect(existsSync(join(dir, '.build.lock'))).toBe(false);
    expect(snapshot(join(dir, 'dist'))).toEqual(published);
  }, 200_000);

  it('builds again after a killed build, taking over the lock it left, and writes the same bytes for the same content', async () => {
    const result = await finished(startBuild(dir));
    expect(result.code, result.stderr).toBe(0);
    expect(
      readdirSync(dir)
        .filter((name) => name.startsWith('dist'))
        .sort(),
    ).toEqual(['dist']);
    // Pagefind's files included: pages reach it in render order, which varies from build to build.
    expect(snapshot(join(dir, 'dist'))).toEqual(published);
  }, 200_000);

  it('refuses a second build in the same checkout while one runs, and says why', async () => {
    const first = startBuild(dir);
    const firstDone = finished(first);
    expect(await when(first, () => existsSync(join(dir, '.build.lock')))).toBe(true);
    const second = await finished(startBuild(dir));
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`✗ build refused: another build (process ${first.pid}) is running in this checkout`);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect((await firstDone).code).toBe(0);
  }, 200_000);

  it('does not publish a site whose built pages link to a path with no file, and names the page and the link', async () => {
    // A page of the site's own code, which the content check does not read: only the last check of the built site sees it.
    const stray = join(dir, 'src', 'pages', 'stray.astro');
    writeFileSync(stray, '<html lang="en"><head><title>Stray</title></head><body><a href="/nowhere/">nowhere</a></body></html>\n');
    try {
      const result = await finished(startBuild(dir));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('✗ build failed: the built site failed its last check, so it was not published:');
      expect(result.stderr).toContain('stray/index.html: href="/nowhere/": no file in the site at /nowhere/');
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(dir, '.build.lock'))).toBe(false);
      expect(snapshot(join(dir, 'dist'))).toEqual(published);
    } finally {
      rmSync(stray);
    }
  }, 200_000);
});
