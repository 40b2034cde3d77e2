// Writes dist/_headers once the build is done (see src/lib/export/headers-file.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, metaPolicy, servedPath } from '../lib/export/headers-file.ts';
import { headOf, htmlFiles } from '../lib/build/built-pages.ts';

export function httpHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'reader-http-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // One string per distinct policy: each page's own would keep that page's head alive.
        const policies = new Map<string, string>();
        const pages = htmlFiles(out).flatMap((file) => {
          const found = metaPolicy(headOf(join(out, file)));
          if (!found) return [];
          const policy = policies.get(found) ?? policies.set(found, found).get(found)!;
          return [{ path: servedPath(file, base), policy }];
        });
        writeFileSync(join(out, '_headers'), headersFile(pages, base));
        logger.info(`_headers sends the CSP of ${pages.length} pages as an HTTP header`);
      },
    },
  };
}
