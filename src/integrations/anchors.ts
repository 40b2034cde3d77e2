import type { AstroIntegration } from 'astro';
import { getCorpus, invalidateCorpus } from '../lib/corpus-store.ts';
import type { AnalysedDocument } from '../lib/types.ts';

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
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'annotated-reader:anchors',
                enforce: 'pre',
                transform(code: string, id: string) {
                  // Only the raw file: Astro also loads wrappers of it with a ?query.
                  if (id.includes('?') || !id.endsWith('.mdx') || !id.includes('/content/documents/')) return null;
                  let corpus = getCorpus(root);
                  const find = () => documentAt(corpus.graph.corpus.documents, id);
                  if (corpus.analysis.sources.get(find()?.file ?? '') !== code) {
                    // The file changed since it was analysed (astro dev): analyse again.
                    invalidateCorpus();
                    corpus = getCorpus(root);
                  }
                  const document = find();
                  if (!document || corpus.analysis.sources.get(document.file) !== code) return null;
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
    },
  };
}
