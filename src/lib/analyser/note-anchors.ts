// A note may link to a passage of another document, [label](document:<slug>#<anchor>).
// Anchors are known only once every document is analysed, so this runs over
// the whole corpus: a link to an anchor the document does not have is an error.
import type { AnalysedDocument } from '../types.ts';
import type { Diagnostic } from './diagnostics.ts';
import { didYouMean } from './suggest.ts';

export function checkNoteAnchors(documents: AnalysedDocument[]): Diagnostic[] {
  const anchors = new Map(documents.map((d) => [d.slug, new Set(d.annotations.map((a) => a.anchor))]));
  const problems: Diagnostic[] = [];
  for (const document of documents) {
    for (const annotation of document.annotations) {
      const note = 'note' in annotation ? annotation.note : undefined;
      for (const segment of note ?? []) {
        if (segment.kind !== 'link' || segment.target.type !== 'document' || !segment.target.anchor) continue;
        const known = anchors.get(segment.target.id);
        // A document that failed its own check is reported there.
        if (!known || known.has(segment.target.anchor)) continue;
        problems.push({
          file: document.file,
          line: annotation.line,
          column: annotation.column,
          severity: 'error',
          message: `note links to "${segment.target.id}#${segment.target.anchor}", but that document has no anchor "${segment.target.anchor}"${didYouMean(segment.target.anchor, known)}`,
          rule: 'note-link',
        });
      }
    }
  }
  return problems;
}
