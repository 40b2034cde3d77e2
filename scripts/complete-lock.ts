// `npm run lock:complete`: the npm registry reachable from this project's
// machines lacks some platform builds (Pagefind's and Astro's compiler for
// macOS and Windows), so `npm install` leaves them out of package-lock.json and
// `npm ci` then refuses the lock as out of sync. This adds the missing optional
// entries, as a lock made against the full registry would have them; npm skips
// them on Linux. Run it after every `npm install` that changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
}

/** Returns the lock with its missing optional entries added, and their names. */
export function completeLock(lock: { packages: Record<string, LockEntry> }): { lock: typeof lock; added: string[] } {
  const packages = { ...lock.packages };
  const added: string[] = [];
  for (const entry of Object.values(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${name}`;
      if (packages[key]) continue;
      packages[key] = { version, dev: true, optional: true };
      added.push(`${name}@${version}`);
    }
  }
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  return { lock: { ...lock, packages: sorted }, added };
}

if (import.meta.main) {
  const { lock, added } = completeLock(JSON.parse(readFileSync('package-lock.json', 'utf8')));
  writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
  console.log(added.length === 0 ? 'package-lock.json is complete.' : `added ${added.length} optional entries:\n  ${added.join('\n  ')}`);
}
