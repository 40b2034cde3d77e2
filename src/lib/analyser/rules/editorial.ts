// The editorial rules: checks that need the whole corpus (entities' names and
// kinds, other documents), run after every file has been read on its own.
// A document with an error of its own is left out of them until it is fixed,
// and the report says so (see skippedChecks).
import type { Corpus } from '../../corpus/types.ts';
import type { ContentFiles } from '../corpus.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { ruleContext } from './context.ts';
import { checkCoverage } from './coverage.ts';
import { checkQuotes } from './quotes.ts';
import { checkSpans } from './spans.ts';
import { checkWording } from './wording.ts';

export function editorialDiagnostics(files: ContentFiles, corpus: Corpus): Diagnostic[] {
  const texts = new Map([...files.documents, ...files.entities, ...files.claims].map((f) => [f.file, f.text]));
  const out: Diagnostic[] = [];
  const context = ruleContext(corpus, texts, out);
  checkQuotes(context);
  checkSpans(context);
  checkWording(context);
  if (corpus.documents.length === files.documents.length) {
    checkCoverage(
      context,
      files.documents.map((f) => f.file),
      files.sources.map((f) => f.file),
    );
  }
  return out;
}

/** Rules that fail a document before the rest can be checked, and what they stop. */
const blocking: Record<string, string> = {
  'mdx-syntax': 'its components, ids and editorial rules and the comparison with its archived copy',
  'yaml-syntax': 'the rest of its frontmatter',
};

/**
 * What this run could not check, in words, so a clean second run holds no
 * surprise: the checks a syntax error stopped, and the editorial rules left
 * out for documents with errors.
 */
export function skippedChecks(files: ContentFiles, corpus: Corpus, diagnostics: Diagnostic[]): string[] {
  const notes: string[] = [];
  const passed = new Set(corpus.documents.map((d) => d.file));
  for (const f of files.documents) {
    const rules = new Set(diagnostics.filter((d) => d.file === f.file).map((d) => d.rule));
    const stopped = Object.entries(blocking)
      .filter(([rule]) => rules.has(rule))
      .map(([rule, what]) => `${what} (after ${rule})`);
    if (stopped.length > 0) notes.push(`${f.file}: not checked: ${stopped.join('; ')}`);
    else if (!passed.has(f.file)) notes.push(`${f.file}: editorial rules not checked until its errors are fixed`);
  }
  if (passed.size < files.documents.length) {
    notes.push(
      'corpus rules (entity-not-mentioned, claim-not-asserted, orphan-source, note-link anchors) not checked until every document passes',
    );
  }
  return notes;
}
