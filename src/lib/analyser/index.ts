export { analyseContent, type Analysis, type ContentFiles } from './corpus.ts';
export { isContentFile, readContent } from './read-content.ts';
export { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
