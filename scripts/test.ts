// `npm test`: builds the site, then runs every test project (unit, build,
// browser) in one vitest run and ends with a one-line summary.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name: string) => join(process.cwd(), 'node_modules', '.bin', name);

const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('✗ the build failed, so the tests did not run.');
  console.log('Tests: 0 passed, 1 failed');
  process.exit(1);
}

const report = join(mkdtempSync(join(tmpdir(), 'reader-test-')), 'vitest.json');
const extra = process.argv.slice(2);
const vitest = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra], {
  stdio: 'inherit',
});

let passed = 0;
let failed = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numTotalTests === 0 ? 1 : 0);
} catch {
  failed = 1;
}
if (vitest.status !== 0 && failed === 0) failed = 1;
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && vitest.status === 0 ? 0 : 1);
