import type { AnalysedDocument, ClaimRecord, EntityRecord } from '../../corpus/types.ts';
import type { ContentFile } from '../corpus.ts';
import { Reporter, type Diagnostic } from '../diagnostics.ts';
import { frontmatterPosition } from './positions.ts';

/** The entity and every entity it belongs to, directly or through others. */
function withAffiliations(id: string, entities: Map<string, EntityRecord>): Set<string> {
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(entities.get(next)?.affiliations ?? []));
  }
  return seen;
}

/**
 * The claimant of a claim is someone the documents show making it: the
 * speaker of a passage that asserts it, or a body that speaker belongs to (or
 * a member of the claimant). Otherwise the claim's `note` must say why. A
 * claim no passage asserts has nothing to compare its claimant with.
 */
export function checkClaimants(
  claims: ClaimRecord[],
  entities: EntityRecord[],
  documents: AnalysedDocument[],
  files: ContentFile[],
): Diagnostic[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const speakers = new Map<string, Set<string>>();
  for (const d of documents) {
    for (const a of d.annotations) {
      if ((a.type !== 'quote' && a.type !== 'claim') || !a.claim || a.stance !== 'asserts') continue;
      if (!speakers.has(a.claim)) speakers.set(a.claim, new Set());
      if (a.type === 'quote' && a.speaker) speakers.get(a.claim)!.add(a.speaker);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const claim of claims) {
    if (claim.note || !speakers.has(claim.id)) continue;
    const asserting = [...speakers.get(claim.id)!].sort();
    const related = asserting.some((s) => withAffiliations(s, byId).has(claim.claimant) || withAffiliations(claim.claimant, byId).has(s));
    if (related) continue;
    const report = new Reporter(claim.file);
    const text = files.find((f) => f.file === claim.file)?.text ?? '';
    const who =
      asserting.length > 0
        ? `the speakers of the passages asserting it (${asserting.map((s) => `"${s}"`).join(', ')})`
        : 'any speaker, for no passage asserting it names one';
    report.error(
      frontmatterPosition(text, 'claimant', claim.claimant),
      'claimant-speaker',
      `claimant "${claim.claimant}" is not among, nor affiliated with, ${who}; change the claimant, or say why in the claim's note field`,
    );
    diagnostics.push(...report.list);
  }
  return diagnostics;
}
