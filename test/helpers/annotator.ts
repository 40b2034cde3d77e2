// Apache Annotator (@apache-annotator/dom, the reference implementation of
// the W3C selectors) bundled into one classic script, so a browser test can
// run it in the page as an annotation client or extension would. The bundle
// exposes `window.annotator`: the DOM matchers and makeRefinable.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

let bundled: Promise<string> | undefined;

export function annotatorScript(): Promise<string> {
  bundled ??= (async () => {
    const output = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: {
          entry: fileURLToPath(new URL('./annotator-entry.ts', import.meta.url)),
          formats: ['iife'],
          name: 'annotator',
          fileName: 'annotator',
        },
      },
    });
    const results = Array.isArray(output) ? output : [output];
    for (const result of results) {
      if (!('output' in result)) continue;
      const chunk = result.output.find((o) => o.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
    throw new Error('vite produced no bundle of @apache-annotator/dom');
  })();
  return bundled;
}
