// Writes dist/sitemap.xml once the build is done, from the HTML files the build
// actually wrote, so every page is listed, whatever route made it. The 404
// page and any page marked noindex are left out.
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isNoindex, pagePathOf, sitemapXml } from '../lib/export/sitemap.ts';
import { absoluteUrls } from '../lib/export/site-files.ts';

export function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path, root);
    return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

/** The <head> of a built page: the robots meta tag is there, and reading whole pages costs seconds at scale. */
export function headOf(path: string): string {
  const buffer = Buffer.alloc(64 * 1024);
  const fd = openSync(path, 'r');
  try {
    const text = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    const end = text.indexOf('</head>');
    return end >= 0 ? text.slice(0, end) : readFileSync(path, 'utf8');
  } finally {
    closeSync(fd);
  }
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
          if (path === undefined || isNoindex(headOf(join(out, file)))) return [];
          return [home + encodeURI(path)];
        });
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(locations));
        logger.info(`sitemap.xml lists ${locations.length} pages`);
      },
    },
  };
}
