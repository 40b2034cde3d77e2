import { analyseContent, formatDiagnostic, readContent, type Analysis, type Diagnostic } from '../analyser/index.ts';
import { idOf } from '../analyser/corpus.ts';
import { buildGraph, type CorpusGraph } from './graph.ts';
import { plural } from '../labels.ts';
import { compileDocument } from './document-code.ts';
import type { AnalysedDocument } from './types.ts';

/**
 * The analysed corpus and its graph, held once per process. The build script
 * analyses the content before Astro starts and leaves the result here, so the
 * pages share one analysis; under `astro dev` the
 * first caller analyses and a changed document resets it.
 *
 * It lives on globalThis because Astro loads this module twice (once for the
 * config, once inside its page bundle) and both copies must see one corpus.
 */
interface Store {
  root: string;
  analysis: Analysis;
  graph: CorpusGraph;
}

const key = Symbol.for('annotated-reader.corpus');
const countKey = Symbol.for('annotated-reader.analyses');
const tolerantKey = Symbol.for('annotated-reader.tolerant');
const slot = globalThis as unknown as { [key]?: Store; [countKey]?: number; [tolerantKey]?: boolean };

/**
 * Under `astro dev` only: errors confined to documents and their archived
 * copies no longer stop every page. The corpus holds the documents that
 * passed; a broken document's own page shows its errors (see documentError).
 * Errors in entities or claims, which many pages read, still stop them all.
 */
export function tolerateDocumentErrors(): void {
  slot[tolerantKey] = true;
}

const documentFile = (slug: string) => `content/documents/${slug}.mdx`;
const inDocument = (d: Diagnostic) => d.file.startsWith('content/documents/') || d.file.startsWith('content/sources/');

/** The errors of one document (its file and its archived copy), as a ContentError, or undefined when it has none. */
export function documentError(slug: string, root = process.cwd()): ContentError | undefined {
  const store = peekCorpus(root);
  const own = store.analysis.diagnostics.filter(
    (d) => d.severity === 'error' && (d.file === documentFile(slug) || d.file === `content/sources/${slug}.txt`),
  );
  return own.length > 0 ? new ContentError(store.root, own) : undefined;
}

/** The slug of every document file, valid or not (under `astro dev`, a broken document's page shows its errors). */
export function documentSlugs(root = process.cwd()): string[] {
  return [...peekCorpus(root).analysis.sources.keys()].map(idOf).sort();
}

/**
 * The code of a valid document's text compiled for its page (compileDocument):
 * in a build, the check's threads compile every document after answering, and
 * the page waits for that code, taken once and then dropped (a page is
 * rendered once, and 10,000 documents' code is about 150 MB); otherwise
 * (under `astro dev`, or asked again) it is compiled now.
 */
export async function documentCode(document: AnalysedDocument, root = process.cwd()): Promise<string> {
  const { analysis } = peekCorpus(root);
  const compiled = await analysis.compiled;
  const code = compiled?.get(document.file);
  if (code !== undefined) {
    compiled!.delete(document.file);
    return code;
  }
  const source = analysis.sources.get(document.file);
  if (source === undefined) throw new Error(`document "${document.slug}" was not analysed`);
  return compileDocument(source, document.injections);
}

/** How many times this process has analysed the content; the build checks it stays at one. */
export function analysisCount(): number {
  return slot[countKey] ?? 0;
}

export function storeAnalysis(root: string, analysis: Analysis): Store {
  slot[countKey] = analysisCount() + 1;
  const store = { root, analysis, graph: buildGraph(analysis.corpus) };
  slot[key] = store;
  return store;
}

export function invalidateCorpus(): void {
  delete slot[key];
}

/** The corpus of the project at `root`, analysed on first use, whether or not the content is valid. */
export function peekCorpus(root = process.cwd()): Store {
  return slot[key]?.root === root ? slot[key] : storeAnalysis(root, analyseContent(readContent(root)));
}

/** The corpus of the project at `root`; throws a ContentError with every diagnostic when the content is invalid. */
export function getCorpus(root = process.cwd()): Store {
  const store = peekCorpus(root);
  const errors = store.analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 && !(slot[tolerantKey] && errors.every(inDocument))) throw new ContentError(store.root, errors);
  return store;
}

/**
 * Invalid content, reported as `npm run check` would, and located at the first
 * problem (an absolute path in `loc`, which Vite and Astro's error overlay
 * read to show the content file's lines instead of the code that threw).
 */
export class ContentError extends Error {
  readonly loc: { file: string; line: number; column: number };
  readonly id: string;
  readonly diagnostics: Diagnostic[];
  constructor(root: string, diagnostics: Diagnostic[], first: Diagnostic = diagnostics[0]!) {
    const lines = [first, ...diagnostics.filter((d) => d !== first)].map(formatDiagnostic);
    super(`${lines.join('\n')}\n(${plural(diagnostics.length, 'content error')}: npm run check lists them all)`);
    this.name = 'ContentError';
    // The fault is in the content, not the code: Astro and Vite print an
    // error's stack in the terminal, and the frames would only bury the lines above.
    this.stack = `${this.name}: ${this.message}`;
    this.diagnostics = diagnostics;
    this.id = `${root}/${first.file}`;
    this.loc = { file: this.id, line: first.line, column: first.column };
  }
  // Astro's dev overlay hints at "Browser APIs" whenever an error's text
  // contains "document", which every path in content/documents/ does.
  override toString(): string {
    return `ContentError: ${this.diagnostics.length} error(s) in the content`;
  }
}
