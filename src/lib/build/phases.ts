// When each phase of a build ended, from Astro's own hooks: `npm run build`
// and the benchmark's baseline both print it, so `npm run bench` can show
// where the time goes on each side, not only the totals.
import type { AstroIntegration } from 'astro';

/** Seconds from the start of the process at which each phase ended. */
export interface BuildPhases {
  /** Astro has loaded its configuration and synced the content collections. */
  synced: number;
  /** Astro starts bundling (for this site, once the check has passed too). */
  bundling: number;
  /** Vite has bundled the pages; rendering starts. */
  bundled: number;
  /** Every page is rendered and written. */
  rendered: number;
  /** The search index is written: the build is over. */
  indexed: number;
}

const order: (keyof BuildPhases)[] = ['synced', 'bundling', 'bundled', 'rendered', 'indexed'];
const label = 'phases ended (s from start):';

/**
 * Records the phases as they end. Put its integration first in the list, so
 * `synced` is taken before any other integration holds the build up.
 */
export function phaseClock() {
  const marks: Partial<BuildPhases> = {};
  // performance.now() counts from the start of the process, as the bench's wall time does.
  const mark = (phase: keyof BuildPhases) => (marks[phase] ??= performance.now() / 1000);
  const integration: AstroIntegration = {
    name: 'annotated-reader:phase-clock',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        mark('synced');
        // The prerenderer is set up once the bundle is written, just before the first page renders.
        setPrerenderer((prerenderer) => {
          const setup = prerenderer.setup;
          prerenderer.setup = async () => {
            mark('bundled');
            await setup?.call(prerenderer);
          };
          return prerenderer;
        });
      },
      'astro:build:setup': () => void mark('bundling'),
      'astro:build:generated': () => void mark('rendered'),
    },
  };
  return {
    integration,
    /** The line to print once the index is written. */
    line(): string {
      mark('indexed');
      return `${label} ${order.map((p) => `${p} ${marks[p]?.toFixed(2) ?? '?'}`).join(', ')}`;
    },
  };
}

/** The phases of a phase line found in a build's output. */
export function parsePhases(stdout: string): BuildPhases | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(label));
  if (!line) return undefined;
  const phases: Partial<BuildPhases> = {};
  for (const phase of order) {
    const m = new RegExp(`\\b${phase} ([\\d.]+)`).exec(line);
    if (!m) return undefined;
    phases[phase] = Number(m[1]);
  }
  return phases as BuildPhases;
}
