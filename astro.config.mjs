// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { documentAnchors } from './src/integrations/anchors.ts';

// The absolute URL of the site (used by exports and canonical links) and an
// optional base path; both can be set from the environment at build time.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'ignore',
  prerenderConflictBehavior: 'error',
  // Documents are reproduced as published: keep their straight quotes as they are.
  integrations: [documentAnchors(), mdx({ smartypants: false })],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Keep scripts in their own files: an inlined script that import()s
      // Pagefind's bundle keeps an unreplaced __VITE_PRELOAD__ marker and fails
      // in the browser (withastro/astro#17265). Files also suit a strict CSP.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive and
        // rolldown warns once per file (withastro/astro#18087); it is harmless.
        // Only that warning is dropped: every other one still shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
