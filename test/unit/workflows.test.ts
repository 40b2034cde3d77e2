// The GitHub workflows parse and follow GitHub's workflow schema (the copy
// kept in test/schemas/, see its NOTICE), and do what the README says.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { shareCacheDir } from '../../src/lib/share-images/cache.ts';

const repo = join(import.meta.dirname, '..', '..');
const dir = join(repo, '.github', 'workflows');
const schema = JSON.parse(readFileSync(join(repo, 'test', 'schemas', 'github-workflow.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const read = (name: string) => parse(readFileSync(join(dir, name), 'utf8'));
/** Every `run:` of a workflow, in order. */
const runs = (workflow: { jobs: Record<string, { steps?: { run?: string; uses?: string }[] }> }) =>
  Object.values(workflow.jobs).flatMap((j) => j.steps ?? []);

describe('the GitHub workflows', () => {
  it('are the pull-request check and the deployment', () => {
    expect(workflows).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  it.each(workflows)('%s follows the GitHub workflow schema', (name) => {
    const valid = validate(read(name));
    expect(valid ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  });

  it('the schema rejects a workflow with a misspelt key, so the check above can fail', () => {
    expect(validate({ on: 'push', jobs: { test: { 'runs-onn': 'ubuntu-latest', steps: [{ run: 'true' }] } } })).toBe(false);
  });

  it('checks a pull request with annotations on its lines, builds it and runs every test, with Chromium from Debian', () => {
    const w = read('pull-request.yml');
    expect(Object.keys(w.on)).toContain('pull_request');
    const steps = runs(w).map((s) => s.run ?? s.uses);
    expect(steps).toEqual(expect.arrayContaining(['npm ci', 'npm run check -- --format github', 'npm test']));
    expect(steps.some((s) => /apt-get install .*chromium/.test(s ?? ''))).toBe(true);
  });

  it('deploys dist/ from main to GitHub Pages, built under the Pages base path', () => {
    const w = read('deploy.yml');
    expect(w.on.push.branches).toEqual(['main']);
    const build = runs(w).find((s) => s.run === 'npm run build') as { env?: Record<string, string> } | undefined;
    expect(build?.env?.BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}/');
    expect(runs(w).find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))).toMatchObject({ with: { path: 'dist' } });
    expect(runs(w).some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
    expect(w.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('deploys with the share images of earlier deployments, restored after npm ci and before the build', () => {
    const steps = runs(read('deploy.yml'));
    const at = (test: (s: { run?: string; uses?: string }) => boolean) => steps.findIndex(test);
    const cache = steps[at((s) => s.uses?.startsWith('actions/cache') ?? false)] as { with?: Record<string, string> } | undefined;
    // The folder the build keeps its drawn images in (src/lib/share-images/cache.ts).
    expect(cache?.with?.path).toBe(relative(repo, shareCacheDir(repo)));
    expect(cache?.with?.['restore-keys']).toBe('share-images-');
    expect(at((s) => s.run === 'npm ci')).toBeLessThan(at((s) => s.uses?.startsWith('actions/cache') ?? false));
    expect(at((s) => s.uses?.startsWith('actions/cache') ?? false)).toBeLessThan(at((s) => s.run === 'npm run build'));
  });
});
