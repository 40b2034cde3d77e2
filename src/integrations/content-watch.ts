// `astro dev`: any change to a file the check reads under content/ (documents,
// archived copies, entities, claims) drops the analysed corpus, analyses the content again
// (printing its errors in the terminal) and reloads the page. A broken
// document stops only the pages that need it (see tolerateDocumentErrors).
// Nothing under content/ is a module Vite imports (the analyser reads every
// file, and a document's page compiles its text from the analysis), so
// Vite would not notice a change on its own.
import { existsSync, readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { formatDiagnostic, isContentFile } from '../lib/analyser/index.ts';
import { invalidateCorpus, peekCorpus, tolerateDocumentErrors } from '../lib/corpus/store.ts';

/** How long after a change the file is read again, in case it was still being written. */
const settle = 300;
/** How long the events of one save may follow each other. */
const quiet = 50;

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
  // One save can raise several events (an editor that writes a copy and
  // renames it: add, change, unlink): they are answered once, when they stop.
  let burst: NodeJS.Timeout | undefined;
  let events = 0;
  const touched = new Set<string>();
  const report = () => {
    const seen = new Map([...touched].map((path) => [path, read(path)]));
    const upTo = events;
    touched.clear();
    // Analysed now, as the files were just read: a page asked for during the
    // burst may have analysed them before its last write.
    invalidateCorpus();
    // Say at once, in the terminal, what the change broke or fixed.
    const { diagnostics } = peekCorpus(root).analysis;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) server.config.logger.error(errors.map(formatDiagnostic).join('\n'), { timestamp: true });
    else server.config.logger.info('content is valid', { timestamp: true });
    server.ws.send({ type: 'full-reload' });
    // A file saved in two steps (emptied, then written) can raise one event
    // while still empty; the analysis would keep that state. Look again once
    // it has settled, unless a later event has been answered meanwhile.
    setTimeout(() => {
      if (events !== upTo) return;
      for (const [path, text] of seen) if (read(path) !== text) changed(path);
    }, settle).unref();
  };
  const changed = (path: string) => {
    // An editor's copies and backups (`.x.mdx.swp`, `x.mdx~`) are not content.
    const file = path.split('\\').join('/');
    if (!file.startsWith(content) || !isContentFile(file.slice(content.length))) return;
    invalidateCorpus();
    events++;
    touched.add(path);
    clearTimeout(burst);
    burst = setTimeout(report, quiet).unref();
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
}
