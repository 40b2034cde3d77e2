import type { AnalysedDocument, Annotation, Corpus, EntityRecord } from '../../corpus/types.ts';
import type { Diagnostic } from '../diagnostics.ts';
import type { Position } from './locate.ts';

/** What an editorial rule sees: the analysed corpus, the files' text, and where to report. */
export interface RuleContext {
  corpus: Corpus;
  entity: (id: string) => EntityRecord | undefined;
  /** The text of a content file, by its path relative to the project root. */
  text: (file: string) => string;
  report: (file: string, at: Position, rule: string, message: string) => void;
}

export type Located<A extends Annotation = Annotation> = { document: AnalysedDocument; annotation: A };

export function locatedAnnotations(corpus: Corpus): Located[] {
  return corpus.documents.flatMap((document) => document.annotations.map((annotation) => ({ document, annotation })));
}

export function ruleContext(corpus: Corpus, texts: Map<string, string>, out: Diagnostic[]): RuleContext {
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  return {
    corpus,
    entity: (id) => entities.get(id),
    text: (file) => texts.get(file) ?? '',
    report: (file, at, rule, message) => out.push({ file, line: at.line, column: at.column, severity: 'error', message, rule }),
  };
}
