import type { AnalysedDocument, ClaimRecord, EntityRecord } from '../../corpus/types.ts';
import type { ContentFiles } from '../corpus.ts';
import { Reporter, type Diagnostic } from '../diagnostics.ts';
import { checkAliases } from './aliases.ts';
import { checkClaimants } from './claimant.ts';
import { checkFigures } from './figures.ts';
import { checkRelays } from './relay.ts';

/**
 * Editorial rules that look across files: figures that differ from a claim's
 * need a note, relayed posts belong to the account's owner, a claimant is
 * someone the documents show making the claim, and aliases occur in the
 * documents. The claimant and alias rules wait until nothing else is wrong,
 * since a document that failed to analyse would hide the passages and words
 * they look for.
 */
export function claimAndRelayRules(
  files: ContentFiles,
  entities: EntityRecord[],
  claims: ClaimRecord[],
  documents: AnalysedDocument[],
  otherProblems: boolean,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const claimsById = new Map(claims.map((c) => [c.id, c]));
  for (const document of documents) {
    const report = new Reporter(document.file);
    checkFigures(document, claimsById, report);
    checkRelays(document, entities, report);
    diagnostics.push(...report.list);
  }
  if (otherProblems || diagnostics.length > 0) return diagnostics;
  const texts = [...files.sources.map((s) => s.text), ...documents.map((d) => d.text)];
  diagnostics.push(...checkAliases(entities, texts, files.entities));
  diagnostics.push(...checkClaimants(claims, entities, documents, files.claims));
  return diagnostics;
}
