// During `astro build`, the content check runs while Astro syncs its content
// collections. When Astro's loader fails on a document first (broken YAML, a
// value its schema refuses), the loader waits here for the check, so the
// maintainer reads the check's `path:line:col` problems rather than Astro's
// stack trace; content the check passes but Astro refuses is a bug, reported
// as Astro reports it. Outside a build (astro dev) there is no gate.
//
// On globalThis because the content config runs in Astro's own copy of the
// modules, apart from the integration's (as src/lib/corpus/store.ts explains).

const key = Symbol.for('annotated-reader.content-gate');
const slot = globalThis as unknown as { [key]?: () => Promise<void> };

/** Sets (or clears) the function that resolves once the content has passed, and ends the build otherwise. */
export function setContentGate(gate: (() => Promise<void>) | undefined): void {
  slot[key] = gate;
}

/** Waits for the build's content check, when a build runs one. */
export async function whenContentChecked(): Promise<void> {
  await slot[key]?.();
}
