// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteBuild } from './src/integrations/site-build.ts';
import { contentWatch } from './src/integrations/content-watch.ts';
import { dataFilesInDev } from './src/integrations/data-files.ts';
import { pageFeedMiddleware } from './src/integrations/page-feed.ts';
import sitemap from '@astrojs/sitemap';
import { httpHeaders } from './src/integrations/headers.ts';

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
    httpHeaders(),
    dataFilesInDev(),
    pageFeedMiddleware(),
    siteBuild(),
  ],
  // No syntax highlighting: Shiki writes inline styles, which the CSP below forbids.
  // Only this option is set; the Markdown processor stays Astro's default.
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', concurrency: 8 },
  // Content-Security-Policy, emitted by Astro as a <meta> tag on every page with
  // the hashes of any inline script or style it renders. Nothing is loaded from
  // another origin. script-src replaces Astro's defaults, so 'self' is listed:
  // the search page's script is a file in _astro/ and imports Pagefind's
  // bundle; Pagefind compiles its WebAssembly ('wasm-unsafe-eval') and starts
  // a same-origin worker. Directives a <meta> tag cannot carry (frame-ancestors,
  // report-uri, sandbox) belong in the host's HTTP headers: dist/_headers sends
  // the same policy with frame-ancestors to hosts that read it
  // (src/integrations/headers.ts).
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
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
