// `astro dev`: any change under content/ (documents, archived copies,
// entities, claims) drops the analysed corpus, analyses the content again
// (printing its errors in the terminal) and reloads the page. A broken
// document stops only the pages that need it (see tolerateDocumentErrors).
// Nothing under content/ is a module Vite imports (the analyser reads every
// file, and a document's page compiles its text from the analysis), so
// Vite would not notice a change on its own.
import { existsSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatDiagnostic } from '../lib/analyser/index.ts';
import { invalidateCorpus, peekCorpus, tolerateDocumentErrors } from '../lib/corpus/store.ts';

/** How long after a change the file is read again, in case it was still being written. */
const settle = 300;

export function contentWatch(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'annotated-reader:content-watch',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = decodeURIComponent(config.root.pathname).replace(/\/$/, '');
      },
      'astro:server:setup': ({ server }) => watchContent(server, root),
    },
  };
}

function watchContent(server: ViteDevServer, root: string): void {
  const content = `${root}/content/`;
  tolerateDocumentErrors();
  server.watcher.add(content);
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
  const changed = (path: string) => {
    if (!path.split('\\').join('/').startsWith(content)) return;
    invalidateCorpus();
    const seen = read(path);
    // Say at once, in the terminal, what the change broke or fixed.
    const { diagnostics } = peekCorpus(root).analysis;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) server.config.logger.error(errors.map(formatDiagnostic).join('\n'), { timestamp: true });
    else server.config.logger.info('content is valid', { timestamp: true });
    server.ws.send({ type: 'full-reload' });
    // A file saved in two steps (emptied, then written) can raise one event
    // while still empty; the analysis would keep that state. Look again once
    // it has settled.
    setTimeout(() => {
      if (read(path) !== seen) changed(path);
    }, settle).unref();
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
}
