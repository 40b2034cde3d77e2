// Writes dist/sitemap.xml once the build is done, from the HTML files the build
// actually wrote, so every page is listed, whatever route made it. The 404
// page and any page marked noindex are left out.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isNoindex, pagePathOf, sitemapXml } from '../lib/export/sitemap.ts';
import { absoluteUrls } from '../lib/export/site-files.ts';

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path, root);
    return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

export function sitemap(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'reader-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const home = absoluteUrls(base, site).home();
        const locations = htmlFiles(out).flatMap((file) => {
          const path = pagePathOf(file);
          if (path === undefined || isNoindex(readFileSync(join(out, file), 'utf8'))) return [];
          return [home + encodeURI(path)];
        });
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(locations));
        logger.info(`sitemap.xml lists ${locations.length} pages`);
      },
    },
  };
}
