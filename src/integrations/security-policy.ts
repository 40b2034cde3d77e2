// The site's Content-Security-Policy (src/lib/security-policy.ts) in built
// pages and in dist/_headers (src/lib/export/headers-file.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/export/headers-file.ts';
import { metaPolicy } from '../lib/security-policy.ts';

export function securityPolicy(): AstroIntegration {
  let base = '/';
  return {
    name: 'reader-security-policy',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // The Base layout writes the policy's <meta> in built pages only: the dev
        // server's styles are inline, and Astro's own CSP leaves dev alone too.
        // Decided by the command, not by NODE_ENV, which a test runner sets.
        updateConfig({ vite: { define: { 'import.meta.env.PAGE_POLICY': JSON.stringify(command === 'build' ? metaPolicy : '') } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), '_headers'), headersFile(base));
        logger.info('_headers sends the pages’ CSP as an HTTP header');
      },
    },
  };
}
