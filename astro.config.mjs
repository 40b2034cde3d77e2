// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteBuild } from './src/integrations/site-build.ts';
import { contentWatch } from './src/integrations/content-watch.ts';
import { dataFilesInDev } from './src/integrations/data-files.ts';
import { pageFeedMiddleware } from './src/integrations/page-feed.ts';
import sitemap from '@astrojs/sitemap';
import { securityPolicy } from './src/integrations/security-policy.ts';

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
  // siteBuild comes last: it checks the content, indexes, and publishes the
  // site once every other integration has written its files at astro:build:done
  // (see src/integrations/site-build.ts).
  integrations: [
    contentWatch(),
    // The JSX renderer that draws each document's text, which its page compiles
    // (src/lib/corpus/document-content.ts); no .mdx file is a module of the site.
    mdx(),
    sitemap(),
    securityPolicy(),
    dataFilesInDev(),
    pageFeedMiddleware(),
    siteBuild(),
  ],
  // No syntax highlighting: Shiki writes inline styles, which the site's CSP forbids.
  // Only this option is set; the Markdown processor stays Astro's default.
  markdown: { syntaxHighlight: false },
  // Stylesheets stay files, however small: the CSP lists no hash for an inline <style>.
  build: { format: 'directory', concurrency: 8, inlineStylesheets: 'never' },
  // No `security.csp`: every built page carries one policy that lists no
  // hashes, written by the Base layout (src/lib/security-policy.ts says why).
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Keep scripts in their own files: an inlined script that import()s
      // Pagefind's bundle keeps an unreplaced __VITE_PRELOAD__ marker and fails
      // in the browser (withastro/astro#17265). Files also suit a strict CSP.
      assetsInlineLimit: 0,
    },
  },
});
