/// <reference types="astro/client" />

// Plain `tsc` (npm run typecheck) does not understand .astro files; Astro's own
// tooling does. This lets .ts modules import components under tsc as well.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

interface ImportMetaEnv {
  /** The Content-Security-Policy of built pages, '' under `astro dev` (src/integrations/security-policy.ts). */
  readonly PAGE_POLICY: string;
}
