// Serves the data files (src/lib/export/data-files.ts) under `astro dev`. A
// build does not render them as pages: the site-build integration writes them while
// Pagefind indexes the site.
import type { AstroIntegration } from 'astro';
import { getCorpus } from '../lib/corpus/store.ts';
import { dataFiles } from '../lib/export/data-files.ts';
import { absoluteUrls } from '../lib/export/site-files.ts';

export function dataFilesInDev(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  let root = process.cwd();
  return {
    name: 'annotated-reader:data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ? new URL(config.site) : undefined;
        root = decodeURIComponent(config.root.pathname).replace(/\/$/, '');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split(/[?#]/)[0]!);
          if (!path.startsWith(base)) return next();
          const wanted = path.slice(base.length);
          // Only a data file's own path goes to the corpus; every other request passes straight on.
          if (!/\.(jsonld|json|bib)$/.test(wanted)) return next();
          const file = dataFiles(getCorpus(root).graph, absoluteUrls(base, site)).find((f) => f.path === wanted);
          if (!file) return next();
          response.setHeader('Content-Type', file.type);
          response.end([...file.chunks()].join(''));
        });
      },
    },
  };
}
