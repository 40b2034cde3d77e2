import { describe, expect, test } from 'vitest';
import type { AstroPrerenderer } from 'astro';
import { parsePhases, phaseClock } from '../../src/lib/build/phases.ts';

type Hook = (params: Record<string, unknown>) => unknown;

describe('the build phase clock', () => {
  test('marks each phase as Astro reaches it and reads the printed line back', async () => {
    const clock = phaseClock();
    const hooks = clock.integration.hooks as Record<string, Hook>;
    let prerenderer: AstroPrerenderer | undefined;
    let setUp = false;
    const original: AstroPrerenderer = {
      name: 'default',
      getStaticPaths: async () => [],
      render: async () => new Response(''),
      setup: async () => void (setUp = true),
    };
    hooks['astro:build:start']!({ setPrerenderer: (make: (d: AstroPrerenderer) => AstroPrerenderer) => (prerenderer = make(original)) });
    hooks['astro:build:setup']!({});
    await prerenderer!.setup!();
    hooks['astro:build:generated']!({});
    const phases = parsePhases(`✓ checked the content in 1.0 s\n${clock.line()}\n`);

    expect(setUp).toBe(true);
    expect(prerenderer).toBe(original);
    expect(phases).toBeDefined();
    const times = [phases!.synced, phases!.bundling, phases!.bundled, phases!.rendered, phases!.indexed];
    expect(times.every((t) => t > 0)).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  test('finds nothing in output without a phase line', () => {
    expect(parsePhases('✓ checked the content in 0.0 s; built dist/ in 8.4 s; indexed 1000 pages in 2.4 s.')).toBeUndefined();
  });

  test('finds nothing when a phase is missing from the line', () => {
    expect(parsePhases('phases ended (s from start): synced 1.00, bundling 2.00')).toBeUndefined();
  });
});
