import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeLock } from '../../scripts/complete-lock.ts';

describe('package-lock.json', () => {
  it('lists every optional platform package, so npm ci accepts it (run npm run lock:complete if not)', () => {
    const lock = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package-lock.json'), 'utf8'));
    expect(completeLock(lock).added).toEqual([]);
  });

  it('adds a missing optional entry with its version', () => {
    const lock = {
      packages: { '': {}, 'node_modules/pagefind': { version: '1.6.0', optionalDependencies: { '@pagefind/darwin-x64': '1.6.0' } } },
    };
    const result = completeLock(lock);
    expect(result.added).toEqual(['@pagefind/darwin-x64@1.6.0']);
    expect(result.lock.packages['node_modules/@pagefind/darwin-x64']).toEqual({ version: '1.6.0', dev: true, optional: true });
  });
});
