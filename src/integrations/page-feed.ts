import type { AstroIntegration } from 'astro';

/** Registers the middleware that passes each rendered page to the build's page feed (for Pagefind). */
export function pageFeedMiddleware(): AstroIntegration {
  return {
    name: 'annotated-reader:page-feed',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./page-feed-middleware.ts', import.meta.url), order: 'post' });
      },
    },
  };
}
