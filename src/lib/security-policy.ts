// The site's Content-Security-Policy: one policy for every page, written by
// the Base layout as a <meta> tag in built pages and sent again as an HTTP
// header by dist/_headers (src/integrations/security-policy.ts).
//
// No page runs inline code or carries an inline style (the tests check every
// built page against this policy), so the policy lists no hashes and is the
// same everywhere. Nothing is loaded from another origin. Pagefind compiles
// its WebAssembly ('wasm-unsafe-eval') and starts a same-origin worker; the
// search page's script is a file in _astro/.
//
// Astro's own `security.csp` would write the same <meta> with hashes, but it
// hashes the (empty) content of every linked stylesheet of every page with
// WebCrypto as the page renders (about 0.1 ms a page, 1 s of a 1,000-document
// build), and a per-page policy obliged _headers to read every built page.

/** The directives every page's <meta> carries. */
export const policyDirectives: readonly string[] = [
  "default-src 'none'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
];

/** Directives only an HTTP header can carry (a <meta> policy ignores them). */
export const headerOnlyDirectives: readonly string[] = ["frame-ancestors 'none'"];

/** The policy of every page's <meta http-equiv="content-security-policy">. */
export const metaPolicy = policyDirectives.join('; ');

/** The same policy as an HTTP header, with what a <meta> cannot carry. */
export const headerPolicy = [...policyDirectives, ...headerOnlyDirectives].join('; ');
