// Who speaks and through whom: the rules on <Quote> attributes that need the
// entities' kinds and names, so they run once the whole corpus is read.
import type { AnalysedDocument, QuoteAnnotation } from '../../corpus/types.ts';
import { locatedAnnotations, type Located, type RuleContext } from './context.ts';
import { attributeAt } from './locate.ts';
import { namesIn } from './names.ts';

const speakingKinds = new Set(['person', 'organization', 'outlet']);

function quotes(context: RuleContext): Located<QuoteAnnotation>[] {
  return locatedAnnotations(context.corpus).filter((l): l is Located<QuoteAnnotation> => l.annotation.type === 'quote');
}

/** A country speaks for its government ("Russia said"); a place inside another place (a city) does not. */
function canSpeak(context: RuleContext, id: string): boolean {
  const entity = context.entity(id);
  if (!entity) return true; // its own file is invalid and reported there
  if (speakingKinds.has(entity.kind)) return true;
  return entity.kind === 'place' && !entity.affiliations.some((a) => context.entity(a)?.kind === 'place');
}

/** Outlets a document names with a <Mention>, or that published it. */
function outletsOf(document: AnalysedDocument): Set<string> {
  const ids = document.annotations.flatMap((a) => (a.type === 'mention' ? [a.entity] : []));
  return new Set([...ids, ...[document.data.publisher, document.data.originalPublisher].filter((id) => id !== undefined)]);
}

export function checkQuotes(context: RuleContext): void {
  const outlets = context.corpus.entities.filter((e) => e.kind === 'outlet');
  for (const { document, annotation: q } of quotes(context)) {
    const source = context.text(document.file);
    const at = (name: string) => attributeAt(source, q, name);
    const report = (name: string, rule: string, message: string) => context.report(document.file, at(name), rule, message);

    if (q.speaker && q.mode === 'unattributed') {
      report(
        'speaker',
        'unattributed-speaker',
        `<Quote> names speaker="${q.speaker}" but is marked mode="unattributed"; drop the speaker, or use mode="direct" or "paraphrase"`,
      );
    }
    if (q.speaker && !canSpeak(context, q.speaker)) {
      const entity = context.entity(q.speaker)!;
      const what =
        entity.kind === 'place'
          ? `a place within ${entity.affiliations.join(', ')}`
          : `${/^[aeiou]/.test(entity.kind) ? 'an' : 'a'} ${entity.kind}`;
      report(
        'speaker',
        'speaker-kind',
        `speaker="${q.speaker}" is ${what}; a speaker is a person or an organization (a country stands for its government): name who spoke`,
      );
    }

    // The chain the words reached this copy through: the quote's relays, then the copy's publishers.
    const chain = new Set([...q.via, document.data.originalPublisher, document.data.publisher]);
    for (const outlet of namesIn(q.sentence, outlets)) {
      if (!chain.has(outlet.id)) {
        report(
          'via',
          'relay-missing',
          `the sentence names ${outlet.name}, which is not in this quote's chain: add "${outlet.id}" to via="…" (first reporter first)`,
        );
      }
    }
    const named = outletsOf(document);
    for (const id of q.via) {
      if (!named.has(id)) {
        report(
          'via',
          'relay-unnamed',
          `via names "${id}", which this document neither mentions nor is published by: wrap its name in <Mention entity="${id}">, or correct via="…"`,
        );
      }
    }
  }
}
