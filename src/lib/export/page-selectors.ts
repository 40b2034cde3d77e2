import type { CorpusGraph } from '../corpus/graph.ts';
import { noteFor } from '../notes/margin-note.ts';
import { noteToPlainText } from '../notes/note-text.ts';
import type { AnalysedDocument, Annotation } from '../corpus/types.ts';

/** Characters of context either side of a passage, as in the analyser. */
const contextLength = 32;

/** The label of a note's close button, the one text of a note that is not its lead or body (see MarginNote.astro). */
export const closeLabel = 'Close';

/**
 * The text of a document page's text container ([data-doc-text]) as a
 * client's TreeWalker reads it: each paragraph holds only the document's
 * words (markers are generated content), and is followed by its notes, each
 * read as lead, body and close label (Paragraph.astro, MarginNote.astro);
 * paragraphs are separated by a newline. `starts[i]` is where block i of the
 * document's plain text begins in it.
 */
export function pageText(graph: CorpusGraph, document: AnalysedDocument): { text: string; starts: number[] } {
  const blocks = blocksOf(document.text);
  const notesAfter = blocks.map(() => [] as string[]);
  for (const annotation of document.annotations) {
    if (annotation.type === 'mention') continue;
    const note = noteFor(graph, { document, annotation });
    notesAfter[blockIndex(blocks, annotation)]!.push(note.lead, noteToPlainText(note.segments), closeLabel);
  }
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  blocks.forEach(([from, to], i) => {
    const piece = (i === 0 ? '' : '\n') + document.text.slice(from, to);
    starts.push(length + (i === 0 ? 0 : 1));
    const notes = notesAfter[i]!.join('');
    parts.push(piece, notes);
    length += piece.length + notes.length;
  });
  return { text: parts.join(''), starts };
}

/**
 * The W3C selectors of an annotation, as a client reads them on the
 * published page: a TextQuoteSelector whose prefix and suffix are the page's
 * text around the words (at least 32 characters, and at one end past the
 * paragraph, into a note or the paragraph before),
 * and a TextPositionSelector counting from the start of the paragraph, which
 * a CssSelector names (the paragraph has the id `p-<anchor of its first
 * annotation>`, see Paragraph.astro).
 */
export function pageSelectors(graph: CorpusGraph, document: AnalysedDocument) {
  const blocks = blocksOf(document.text);
  const page = pageText(graph, document);
  const firstIn = new Map<number, string>();
  for (const a of document.annotations) {
    const b = blockIndex(blocks, a);
    if (!firstIn.has(b)) firstIn.set(b, a.anchor);
  }
  const last = blocks.length - 1;
  return (a: Annotation) => {
    const b = blockIndex(blocks, a);
    const [from, to] = blocks[b]!;
    const start = page.starts[b]! + a.start - from;
    const end = start + a.end - a.start;
    const [paragraphStart, paragraphEnd] = [page.starts[b]!, page.starts[b]! + to - from];
    let before = Math.max(0, start - contextLength);
    let after = Math.min(page.text.length, end + contextLength);
    // Other parts of the page quote the document's words (shared passages,
    // concordances), so a context that stays inside the sentence may match
    // there too. Context that runs past the paragraph's edge (into the
    // paragraph or notes before, or the notes after) exists only here:
    // reach the nearer edge that has something beyond it.
    const reachesBefore = b > 0 && before < paragraphStart;
    const reachesAfter = b < last && after > paragraphEnd;
    if (!reachesBefore && !reachesAfter) {
      const costBefore = b > 0 ? start - paragraphStart : Infinity;
      const costAfter = b < last ? paragraphEnd - end : Infinity;
      if (costBefore <= costAfter && costBefore < Infinity) before = paragraphStart - 1;
      else if (costAfter < Infinity) after = paragraphEnd + 1;
    }
    // A paragraph may repeat word for word (a lede printed twice): widen until the text occurs once.
    const occursOnce = () => {
      const context = page.text.slice(before, after);
      const first = page.text.indexOf(context);
      return page.text.indexOf(context, first + 1) < 0;
    };
    while (!occursOnce() && (before > 0 || after < page.text.length)) {
      before = Math.max(0, before - contextLength);
      after = Math.min(page.text.length, after + contextLength);
    }
    return [
      { type: 'TextQuoteSelector', exact: a.exact, prefix: page.text.slice(before, start), suffix: page.text.slice(end, after) },
      {
        type: 'CssSelector',
        value: `#p-${cssIdent(firstIn.get(b)!)}`,
        refinedBy: { type: 'TextPositionSelector', start: a.start - from, end: a.end - from },
      },
    ];
  };
}

/** [start, end) of each block: blocks are joined by a blank line and never hold a newline themselves. */
function blocksOf(text: string): [number, number][] {
  const blocks: [number, number][] = [];
  let start = 0;
  for (const block of text.split('\n\n')) {
    blocks.push([start, start + block.length]);
    start += block.length + 2;
  }
  return blocks;
}

/** The block an annotation lies in (components never cross a paragraph). */
const blockIndex = (blocks: [number, number][], a: Annotation) => blocks.findIndex(([s, e]) => s <= a.start && a.end <= e);

/** An anchor as a CSS identifier (anchors are kebab-case, so only a leading digit needs escaping). */
const cssIdent = (id: string) => id.replace(/^(\d)/, '\\3$1 ').replace(/[^\w-]/g, (c) => `\\${c}`);
