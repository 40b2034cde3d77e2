// `_headers`: HTTP response headers for hosts that read this file (Netlify,
// Cloudflare Pages). The Content-Security-Policy every page carries in a
// <meta> tag is sent again as a real header, where it also protects what a
// <meta> cannot (frame-ancestors): the pages keep their <meta> for hosts that
// send no headers (GitHub Pages, a plain file server).
import { headerPolicy } from '../security-policy.ts';

/** The `_headers` file: one rule for every path under `base`, since every page has the same policy. */
export function headersFile(base: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}*\n  Content-Security-Policy: ${headerPolicy}\n`;
}
