import type { EntityRecord } from '../../corpus/types.ts';
import type { ContentFile } from '../corpus.ts';
import { Reporter, type Diagnostic } from '../diagnostics.ts';
import { frontmatterPosition } from './positions.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every alias of an entity occurs in some document (its archived copy or its
 * text), as a whole word, ignoring case; a spelling found only outside the
 * documents belongs in `outsideSpellings`.
 */
export function checkAliases(entities: EntityRecord[], texts: string[], files: ContentFile[]): Diagnostic[] {
  const haystack = texts.join('\n\u0000\n');
  const diagnostics: Diagnostic[] = [];
  for (const entity of entities) {
    const report = new Reporter(entity.file);
    const text = files.find((f) => f.file === entity.file)?.text ?? '';
    for (const alias of entity.aliases) {
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, 'iu');
      if (word.test(haystack)) continue;
      report.error(
        frontmatterPosition(text, 'aliases', alias),
        'alias-in-documents',
        `alias "${alias}" occurs in no document; remove it, or move it to outsideSpellings if it is a spelling used elsewhere`,
      );
    }
    diagnostics.push(...report.list);
  }
  return diagnostics;
}
