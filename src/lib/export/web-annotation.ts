import type { CorpusGraph } from '../corpus/graph.ts';
import { noteFor, noteTargets, type NoteLabel } from '../notes/margin-note.ts';
import { noteToPlainText } from '../notes/note-text.ts';
import type { AnalysedDocument } from '../corpus/types.ts';
import type { Urls } from '../urls.ts';
import { pageSelectors } from './page-selectors.ts';

/** W3C motivation for each kind of note (ARCHITECTURE.md, Export formats). */
export const motivations: Record<NoteLabel, string> = {
  mention: 'identifying',
  attribution: 'describing',
  dispute: 'questioning',
  context: 'commenting',
  correction: 'editing',
  claim: 'linking',
};

const context = 'http://www.w3.org/ns/anno.jsonld';

/**
 * A document's annotations as a W3C Web Annotation AnnotationCollection with
 * one embedded page. `urls` must be absolute (made with the site's origin).
 */
export function annotationCollection(graph: CorpusGraph, document: AnalysedDocument, urls: Urls) {
  const id = urls.annotations(document.slug);
  const selectors = pageSelectors(graph, document);
  const items = document.annotations.map((annotation) => {
    const note = noteFor(graph, { document, annotation });
    const motivation = motivations[note.kind];
    const noteText = noteToPlainText(note.segments).trim();
    const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: note.kind }];
    // A conditional response is tagged as what it is, beside its kind, so no reader of the export counts it as a dispute.
    if ((annotation.type === 'quote' || annotation.type === 'claim') && annotation.claim && annotation.stance === 'conditional') {
      body.push({ type: 'TextualBody', purpose: 'tagging', value: 'conditional' });
    }
    if (noteText) body.push({ type: 'TextualBody', purpose: motivation, value: noteText, format: 'text/plain', language: 'en' });
    for (const target of noteTargets(note)) {
      body.push({ type: 'SpecificResource', purpose: note.kind === 'mention' ? 'identifying' : 'linking', source: urls.target(target) });
    }
    return {
      id: `${id}#${annotation.anchor}`,
      type: 'Annotation',
      motivation,
      body,
      target: {
        source: urls.document(document.slug),
        selector: selectors(annotation),
      },
    };
  });
  return {
    '@context': context,
    id,
    type: 'AnnotationCollection',
    label: `Annotations on “${document.data.title}”`,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
  };
}
