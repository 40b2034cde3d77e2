// Builds the site with `astro build` before the build and browser tests, which
// read dist/; a run of the unit tests alone (`npm run test:unit`) builds nothing.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuildSync } from './helpers/astro-build.ts';

export default function buildFirst(project: TestProject): void {
  if (project.vitest.projects.every((p) => p.name === 'unit')) return;
  const build = astroBuildSync(join(import.meta.dirname, '..'), [], process.env, 600_000);
  process.stdout.write(build.stdout);
  process.stderr.write(build.stderr);
  if (build.status !== 0) throw new Error('the build failed (its output is above), so the build and browser tests cannot run');
}
