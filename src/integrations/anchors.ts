import type { AstroIntegration } from 'astro';
import { ContentError, invalidateCorpus, peekCorpus } from '../lib/corpus/store.ts';
import { watchContent } from './content-watch.ts';
import type { AnalysedDocument } from '../lib/corpus/types.ts';
import { namespaceHeadingIds } from '../lib/text/heading-ids.ts';
import { contentText } from '../lib/text/content-text.ts';

/** Documents by file (`content/documents/<slug>.mdx`), one map per analysed corpus. */
const byFile = new WeakMap<AnalysedDocument[], Map<string, AnalysedDocument>>();

/** The document a Vite module id (an absolute path) names: a map lookup, so the build stays linear in documents. */
function documentAt(documents: AnalysedDocument[], id: string): AnalysedDocument | undefined {
  let map = byFile.get(documents);
  if (!map) {
    map = new Map(documents.map((d) => [d.file, d]));
    byFile.set(documents, map);
  }
  return map.get(id.slice(id.lastIndexOf('/content/documents/') + 1));
}

/**
 * Gives every component in a document its stable anchor and its document
 * slug, as attributes written into the MDX source before MDX compiles it.
 * The analyser decides the anchors, so the page, the search index and the
 * export all agree on them without the components counting anything at render.
 * Markdown processing itself is untouched (no remark plugins).
 */
export function documentAnchors(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'annotated-reader:anchors',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = decodeURIComponent(config.root.pathname).replace(/\/$/, '');
        namespaceHeadingIds(config.markdown.processor);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'annotated-reader:anchors',
                enforce: 'pre',
                transform(raw: string, id: string) {
                  // Only the raw file: Astro also loads wrappers of it with a ?query.
                  if (id.includes('?') || !id.endsWith('.mdx') || !id.includes('/content/documents/')) return null;
                  // No BOM and lone CRs read as LF, as the check read the file (src/lib/text/content-text.ts).
                  const code = contentText(raw);
                  const asRead = code === raw ? null : { code, map: null };
                  const file = id.slice(id.lastIndexOf('/content/documents/') + 1);
                  // Read without throwing: a corpus cached with an error must still be replaced once the file changes.
                  let corpus = peekCorpus(root);
                  if (corpus.analysis.sources.get(file) !== code) {
                    // The file changed since it was analysed (astro dev): analyse again.
                    invalidateCorpus();
                    corpus = peekCorpus(root);
                  }
                  // This document's own errors stop it here, shown at their place in the file.
                  const own = corpus.analysis.diagnostics.filter((d) => d.file === file && d.severity === 'error');
                  if (own.length > 0) throw new ContentError(root, own);
                  const document = documentAt(corpus.graph.corpus.documents, id);
                  if (!document || corpus.analysis.sources.get(document.file) !== code) return asRead;
                  let out = code;
                  // From the end backwards, so earlier offsets stay valid.
                  for (const { offset, text } of [...document.injections].sort((a, b) => b.offset - a.offset)) {
                    out = out.slice(0, offset) + text + out.slice(offset);
                  }
                  return { code: out, map: null };
                },
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server }) => watchContent(server, root),
    },
  };
}
