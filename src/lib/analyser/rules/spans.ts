// Rules on how spans sit in the text: the spelling a <Mention> wraps, spans
// nested in spans, and what the search index reads around a <Mention>.
import type { Annotation } from '../../corpus/types.ts';
import type { RuleContext } from './context.ts';
import { attributeAt } from './locate.ts';
import { normaliseName } from './names.ts';

export function checkSpans(context: RuleContext): void {
  for (const document of context.corpus.documents) {
    const byAnchor = new Map<string, Annotation>(document.annotations.map((a) => [a.anchor, a]));
    const source = context.text(document.file);
    for (const a of document.annotations) {
      const parent = a.parent !== undefined ? byAnchor.get(a.parent) : undefined;
      if (a.type !== 'mention') {
        if (parent) {
          context.report(
            document.file,
            a,
            'nested-note',
            `<${tagOf(a)}> sits inside the <${tagOf(parent)}> at ${parent.line}:${parent.column}; only a <Mention> may sit inside another span: end the outer span first`,
          );
        }
        continue;
      }
      const entity = context.entity(a.entity);
      if (entity && ![entity.name, ...entity.aliases].map(normaliseName).includes(normaliseName(a.exact))) {
        context.report(
          document.file,
          attributeAt(source, a, 'entity'),
          'mention-spelling',
          `"${a.exact}" is not a name of ${a.entity}: add it to aliases in ${entity.file}, or wrap only the name`,
        );
      }
      // Pagefind reads a link that follows a character directly as a separate
      // word ('"Putin' is indexed as '" Putin'), so the enclosing passage would
      // no longer be found as a phrase.
      const before = document.text[a.start - 1];
      if (parent && a.start > parent.start && before !== undefined && !/\s/.test(before)) {
        context.report(
          document.file,
          a,
          'search-phrase',
          `the search index reads a space between "${before}" and this <Mention>, so the enclosing <${tagOf(parent)}> could not be found as a phrase: remove this <Mention> (mention the entity elsewhere) or end the <${tagOf(parent)}> before it`,
        );
      }
    }
  }
}

const tags = { mention: 'Mention', quote: 'Quote', claim: 'Claim', note: 'Note' } as const;
const tagOf = (a: Annotation) => tags[a.type];
