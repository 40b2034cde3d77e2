// Makes `astro build` build the whole site: the content check first (Astro
// writes nothing until it passes), both Pagefind indexes and the data files
// beside Astro, and atomic publishing. The work itself is in
// src/lib/build/site-build.ts; this file only ties it to Astro's hooks.
// Put it last in the list of integrations: it publishes the site at
// astro:build:done, once every other integration has written its files.
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { phaseClock } from '../lib/build/phases.ts';
import { BuildLocked } from '../lib/build/publish.ts';
import { startSiteBuild } from '../lib/build/site-build.ts';

export function siteBuild(): AstroIntegration {
  let run: ReturnType<typeof startSiteBuild> | undefined;
  const clock = phaseClock();
  const hooks = clock.integration.hooks;
  return {
    name: 'annotated-reader:site-build',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // Astro reads import.meta.env.BASE_URL and SITE from the environment
        // over the config's base and site: an inherited BASE_URL (a test runner
        // sets one) would make every link of a base-path build miss the base.
        delete process.env.BASE_URL;
        delete process.env.SITE;
        try {
          run = startSiteBuild({
            root: fileURLToPath(config.root),
            outDir: fileURLToPath(config.outDir),
            base: config.base,
            site: config.site,
            phaseLine: () => clock.line(),
          });
        } catch (error) {
          if (!(error instanceof BuildLocked)) throw error;
          console.error(`✗ build refused: ${error.message}`);
          process.exit(1);
        }
        // Astro writes into the staging folder; the output folder is replaced only at the end.
        updateConfig({ outDir: pathToFileURL(`${run.stagingDir}/`) });
      },
      'astro:build:start': async (options) => {
        if (!run) return;
        await hooks['astro:build:start']?.(options);
        await run.contentPassed();
      },
      'astro:build:setup': (options) => hooks['astro:build:setup']?.(options),
      'astro:build:generated': async (options) => {
        await hooks['astro:build:generated']?.(options);
        // Every page is written: the site is gathered and checked while the other integrations finish.
        run?.pagesWritten();
      },
      'astro:build:done': async () => {
        await run?.finish();
      },
    },
  };
}
