// Runs `astro build` (the site's build, see src/integrations/site-build.ts) as
// a child process on the project's own Node, the way `npm run build` does.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');
/** Astro's command line, from this repository (copies of the site link its node_modules). */
export const astroCli = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** `astro build [args]` in `cwd`, waited for. */
export function astroBuildSync(cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env, timeout = 180_000) {
  return spawnSync(process.execPath, [astroCli, 'build', ...args], { cwd, env, encoding: 'utf8', timeout });
}

/** `astro build` in `cwd`, started (output piped). */
export function startAstroBuild(cwd: string, options: SpawnOptions = {}) {
  return spawn(process.execPath, [astroCli, 'build'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], ...options });
}
