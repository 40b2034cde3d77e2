import { claimSchema } from '../../schemas/claim.ts';
import { entitySchema } from '../../schemas/entity.ts';
import type { AnalysedDocument, ClaimRecord, Corpus, EntityRecord } from '../corpus/types.ts';
import { Reporter, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { analyseDocument, resolveRef, type DocumentInput, type KnownIds } from './document.ts';
import { readFrontmatter, splitFrontmatter } from './frontmatter.ts';
import { claimAndRelayRules } from './rules/claims-and-relays.ts';
import { editorialDiagnostics, skippedChecks } from './rules/editorial.ts';
import { contentText, needsReading } from '../text/content-text.ts';
import { compileDocument } from '../corpus/document-code.ts';

/** A content file as read from disk: its path relative to the project root and its text. */
export interface ContentFile {
  file: string;
  text: string;
}

/** Everything under `content/`, grouped by folder. */
export interface ContentFiles {
  documents: ContentFile[];
  sources: ContentFile[];
  entities: ContentFile[];
  claims: ContentFile[];
}

/** Content as read from disk, with the problems found reading the folder itself (a symbolic link refused). */
export type ReadFiles = ContentFiles & { problems?: Diagnostic[] };

export interface Analysis {
  corpus: Corpus;
  diagnostics: Diagnostic[];
  /** Checks this run could not make, in words (after a syntax error, for a failed document). */
  skipped: string[];
  /** The text of each document file as analysed, so a later change can be detected. */
  sources: Map<string, string>;
  /**
   * Each valid document's text compiled for its page (compileValid), when the
   * analysis was asked to compile (the build): it comes after the analysis,
   * from the same threads; undefined if they failed to compile.
   */
  compiled?: Promise<Map<string, string> | undefined>;
}

/** Kind recorded for an entity whose own file is invalid: any use of it is accepted until the file is fixed. */
export const unknownKind = '?';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of a content file is its name without the extension. */
export function idOf(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
}

/** The records checked and the documents ready to analyse, each on its own (see analyseDocument). */
export interface PreparedAnalysis {
  ids: KnownIds;
  diagnostics: Diagnostic[];
  entities: EntityRecord[];
  claims: ClaimRecord[];
  documents: DocumentInput[];
}

/** The result of analyseDocument for one document. */
export type DocumentResult = ReturnType<typeof analyseDocument>;

/**
 * The text of each valid document compiled for its page, by file: the build
 * does it in the check's threads, once the check has answered, so the pages
 * only run the code (src/lib/corpus/document-code.ts). A document the
 * compiler refuses is left out: its page compiles it itself and fails with the
 * compiler's words, as under `astro dev`.
 */
export function compileValid(inputs: DocumentInput[], results: DocumentResult[]): [file: string, code: string][] {
  return results.flatMap(({ document }, i) => {
    if (!document) return [];
    try {
      return [[document.file, compileDocument(inputs[i]!.source, document.injections)] as [string, string]];
    } catch {
      return [];
    }
  });
}

/**
 * Validates every content file and extracts the corpus. Every problem in every
 * file is reported; the corpus holds only what passed.
 */
export function analyseContent(files: ReadFiles): Analysis {
  const prepared = prepareAnalysis(files);
  return completeAnalysis(
    files,
    prepared,
    prepared.documents.map((input) => analyseDocument(input, prepared.ids)),
  );
}

/**
 * First step of analyseContent: checks the entity and claim records and
 * collects the known ids. Documents are then analysed independently of each
 * other (which lets scripts/check.ts spread them over threads).
 */
export function prepareAnalysis(files: ReadFiles): PreparedAnalysis {
  files = asContentText(files);
  const diagnostics: Diagnostic[] = [...(files.problems ?? [])];
  const checkId = (f: ContentFile, report: Reporter) => {
    if (!idPattern.test(idOf(f.file)))
      report.error({ line: 1, column: 1 }, 'invalid-id', `file name "${idOf(f.file)}" must be a kebab-case id`);
  };

  const entities: EntityRecord[] = [];
  const entityReports = files.entities.map((f) => {
    const report = new Reporter(f.file);
    checkId(f, report);
    const split = splitFrontmatter(f.text);
    const data = readFrontmatter(split, entitySchema, report);
    if (data) entities.push({ ...data, id: idOf(f.file), file: f.file });
    return { f, report, split };
  });

  const claims: ClaimRecord[] = [];
  const claimReports = files.claims.map((f) => {
    const report = new Reporter(f.file);
    checkId(f, report);
    const split = splitFrontmatter(f.text);
    const data = readFrontmatter(split, claimSchema, report);
    if (data) claims.push({ ...data, id: idOf(f.file), file: f.file });
    return { f, report, split };
  });

  const ids: KnownIds = {
    entities: new Map(entities.map((e) => [e.id, e.kind])),
    claims: new Set(claims.map((c) => c.id)),
    documents: new Set(files.documents.map((d) => idOf(d.file))),
  };
  // Ids of files that exist but failed validation still count as known, so
  // one broken entity file does not cascade into "unknown id" everywhere.
  for (const { f } of entityReports) if (!ids.entities.has(idOf(f.file))) ids.entities.set(idOf(f.file), unknownKind);
  for (const { f } of claimReports) ids.claims.add(idOf(f.file));

  const keyAt = (split: ReturnType<typeof splitFrontmatter>, key: string) => {
    const index = split.yaml.split('\n').findIndex((l) => l.trimStart().startsWith(`${key}:`));
    return { line: split.yamlLine + Math.max(index, 0), column: 1 };
  };
  for (const entity of entities) {
    const { report, split } = entityReports.find((r) => r.f.file === entity.file)!;
    for (const id of entity.affiliations) resolveRef(id, 'entity', keyAt(split, 'affiliations'), ids, report);
  }
  for (const claim of claims) {
    const { report, split } = claimReports.find((r) => r.f.file === claim.file)!;
    resolveRef(claim.claimant, 'entity', keyAt(split, 'claimant'), ids, report);
    if ('event' in claim.firstMade) resolveRef(claim.firstMade.event, 'event', keyAt(split, 'event'), ids, report);
    else if (!ids.documents.has(claim.firstMade.document)) {
      report.error(keyAt(split, 'document'), 'unknown-id', `unknown document "${claim.firstMade.document}"`);
    }
  }
  for (const { report } of [...entityReports, ...claimReports]) diagnostics.push(...report.list);

  const archives = new Map(files.sources.map((s) => [idOf(s.file), s]));
  const documents = files.documents.map((f): DocumentInput => {
    const slug = idOf(f.file);
    const report = new Reporter(f.file);
    checkId(f, report);
    diagnostics.push(...report.list);
    const archive = archives.get(slug);
    return { slug, file: f.file, source: f.text, archive: archive && { file: archive.file, text: archive.text } };
  });
  return { ids, diagnostics, entities, claims, documents };
}

/** The files without a leading BOM and with lone CRs read as LF, as Astro is given them (src/lib/text/content-text.ts); the same object when none needs it. */
function asContentText<F extends ContentFiles>(files: F): F {
  const all = [files.documents, files.sources, files.entities, files.claims];
  if (!all.some((list) => list.some((f) => needsReading(f.text)))) return files;
  const read = (list: ContentFile[]) => list.map((f) => ({ ...f, text: contentText(f.text) }));
  return {
    ...files,
    documents: read(files.documents),
    sources: read(files.sources),
    entities: read(files.entities),
    claims: read(files.claims),
  };
}

/** Last step of analyseContent: gathers the results of every document, in the order of `prepared.documents`. */
export function completeAnalysis(files: ContentFiles, prepared: PreparedAnalysis, results: DocumentResult[]): Analysis {
  files = asContentText(files);
  const { entities, claims } = prepared;
  const diagnostics = [...prepared.diagnostics];
  const documents: AnalysedDocument[] = [];
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    if (result.document) documents.push(result.document);
  }

  const valid = (file: string) => !diagnostics.some((d) => d.file === file);
  const corpus = { documents, entities: entities.filter((e) => valid(e.file)), claims: claims.filter((c) => valid(c.file)) };
  const skipped = skippedChecks(files, corpus, diagnostics);
  diagnostics.push(...editorialDiagnostics(files, corpus));
  diagnostics.push(...claimAndRelayRules(files, entities, claims, documents, diagnostics.length > 0));
  return {
    corpus,
    diagnostics: sortDiagnostics(diagnostics),
    skipped,
    sources: new Map(files.documents.map((f) => [f.file, f.text])),
  };
}
