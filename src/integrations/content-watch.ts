// `astro dev`: any change under content/ (documents, archived copies,
// entities, claims) drops the analysed corpus, analyses the content again
// (printing its errors in the terminal) and reloads the page. A broken
// document stops only the pages that need it (see tolerateDocumentErrors).
// Archived copies, entities and claims are read by the analyser, not
// imported, so Vite would not notice them on its own; documents are
// re-transformed so their anchors follow.
import { existsSync, readFileSync } from 'node:fs';
import type { ViteDevServer } from 'vite';
import { formatDiagnostic } from '../lib/analyser/index.ts';
import { invalidateCorpus, peekCorpus, tolerateDocumentErrors } from '../lib/corpus/store.ts';

/** How long after a change the file is read again, in case it was still being written. */
const settle = 300;

export function watchContent(server: ViteDevServer, root: string): void {
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
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id?.includes('/content/documents/')) server.moduleGraph.invalidateModule(module);
    }
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
