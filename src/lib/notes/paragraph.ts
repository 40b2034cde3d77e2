import type { CorpusGraph, Located } from '../corpus/graph.ts';

/**
 * The notes that follow a rendered paragraph, found by the anchors its
 * components wrote into its HTML (each annotated span or mention carries its
 * id and its document's slug), and the paragraph's own id: `p-` and its first
 * annotation's anchor, which the W3C export's selectors are scoped by.
 */
export function paragraphNotes(graph: CorpusGraph, html: string): { id?: string; notes: Located[] } {
  const ids = [...html.matchAll(/<(?:span|a) class="(?:anno|mention)\b[^"]*" id="([^"]+)"[^>]*?data-doc="([^"]+)"/g)];
  const doc = ids[0]?.[2];
  const located = doc ? ids.map(([, anchor]) => graph.annotation(doc, anchor!)).filter((l) => l !== undefined) : [];
  return {
    id: located[0] && `p-${located[0].annotation.anchor}`,
    notes: located.filter((l) => l.annotation.type !== 'mention'),
  };
}
