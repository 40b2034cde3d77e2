// `_headers`: HTTP response headers for hosts that read this file (Netlify,
// Cloudflare Pages). The Content-Security-Policy each page carries in a
// <meta> tag is sent again as a real header, where it also protects what a
// <meta> cannot (frame-ancestors): the page keeps its <meta> for hosts that
// send no headers (GitHub Pages, a plain file server).

/** Directives only an HTTP header can carry, added to the page's own policy. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(head: string): string | undefined {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?content-security-policy["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decode(content[1] ?? content[2] ?? '');
  }
  return undefined;
}

/** The URL path a built file is served at under `base` ("documents/x/index.html" → "/base/documents/x/"). */
export function servedPath(file: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The `_headers` file for pages and their policies: one rule for the whole
 * site when every page has the same policy (the usual case, since Astro
 * lists the hashes of the whole site), else one rule per page.
 */
export function headersFile(pages: { path: string; policy: string }[], base: string): string {
  const policies = new Set(pages.map((p) => p.policy));
  const header = (policy: string) => {
    const directives = policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    return `  Content-Security-Policy: ${[...directives, ...headerOnlyDirectives].join('; ')}`;
  };
  const rules =
    policies.size === 1
      ? [[`${base.endsWith('/') ? base : `${base}/`}*`, header([...policies][0]!)]]
      : pages.map((p) => [p.path, header(p.policy)]);
  return `${rules.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
