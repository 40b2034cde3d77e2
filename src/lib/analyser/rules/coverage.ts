// Rules on the corpus as a whole: every entity and claim is used, every
// archived copy belongs to a document, every passage a note links exists.
// They only mean something once every document has been read, so they run
// only when no document failed.
import type { RuleContext } from './context.ts';
import { didYouMean } from '../suggest.ts';
import { attributeAt, keyAt } from './locate.ts';

const slugOf = (file: string) =>
  file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');

export function checkCoverage(context: RuleContext, documentFiles: string[], sourceFiles: string[]): void {
  const { corpus } = context;
  const mentioned = new Set<string>();
  const asserted = new Set<string>();
  // A note may link a passage or a heading of a document.
  const anchors = new Map(corpus.documents.map((d) => [d.slug, new Set([...d.annotations.map((a) => a.anchor), ...(d.headingIds ?? [])])]));
  for (const document of corpus.documents) {
    // An outlet that publishes a document is named by it even when its text never says so.
    if (document.data.publisher) mentioned.add(document.data.publisher);
    if (document.data.originalPublisher) mentioned.add(document.data.originalPublisher);
    for (const a of document.annotations) {
      if (a.type === 'mention') mentioned.add(a.entity);
      if ((a.type === 'quote' || a.type === 'claim') && a.claim && a.stance === 'asserts') asserted.add(a.claim);
      if (a.type === 'mention' || !a.note) continue;
      for (const s of a.note) {
        if (s.kind !== 'link' || s.target.type !== 'document' || !s.target.anchor) continue;
        const known = anchors.get(s.target.id);
        if (known && !known.has(s.target.anchor)) {
          context.report(
            document.file,
            attributeAt(context.text(document.file), a, 'note'),
            'note-link',
            `document:${s.target.id}#${s.target.anchor}: no passage "${s.target.anchor}" in ${s.target.id}${didYouMean(s.target.anchor, known)}; link an anchor that exists (set anchor="…" on the passage)`,
          );
        }
      }
    }
  }
  for (const e of corpus.entities) {
    if (!mentioned.has(e.id)) {
      context.report(
        e.file,
        keyAt(context.text(e.file), 'name'),
        'entity-not-mentioned',
        `no document mentions ${e.id}: wrap a name of it in <Mention entity="${e.id}">, or delete the file`,
      );
    }
  }
  for (const c of corpus.claims) {
    if (!asserted.has(c.id)) {
      context.report(
        c.file,
        keyAt(context.text(c.file), 'statement'),
        'claim-not-asserted',
        `no passage asserts ${c.id}: mark one with claim="${c.id}" (stance "asserts" is the default), or delete the file`,
      );
    }
  }
  const slugs = new Set(documentFiles.map(slugOf));
  for (const file of sourceFiles) {
    if (!slugs.has(slugOf(file))) {
      context.report(
        file,
        { line: 1, column: 1 },
        'orphan-source',
        `no document content/documents/${slugOf(file)}.mdx for this archived copy: add the document (npm run new) or delete the copy`,
      );
    }
  }
}
