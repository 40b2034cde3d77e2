// `astro dev`: any change under content/ (documents, archived copies,
// entities, claims) drops the analysed corpus, so the next request analyses
// the content again, and reloads the page. Archived copies, entities and
// claims are read by the analyser, not imported, so Vite would not notice
// them on its own; documents are re-transformed so their anchors follow.
import type { ViteDevServer } from 'vite';
import { invalidateCorpus } from '../lib/corpus-store.ts';

export function watchContent(server: ViteDevServer, root: string): void {
  const content = `${root}/content/`;
  server.watcher.add(content);
  const changed = (path: string) => {
    if (!path.split('\\').join('/').startsWith(content)) return;
    invalidateCorpus();
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id?.includes('/content/documents/')) server.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: 'full-reload' });
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
}
