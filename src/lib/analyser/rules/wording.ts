// Editorial wording: author notes stay short, and no note, claim statement
// or entity role passes a verdict.
import { noteToPlainText } from '../../notes/note-text.ts';
import type { RuleContext } from './context.ts';
import { attributeAt, keyAt } from './locate.ts';

export const maxNoteWords = 40;
export const maxNoteSentences = 2;

const verdict = /\b(false(ly)?|true|untrue|liars?|propaganda|debunk\w*|fake|hoax|fabricat\w*|misleading|baseless|disinformation)\b/i;

/** Sentences of a note: a split after . ! or ? (and a closing quote or bracket) before a capital or an opening mark. */
const sentences = (text: string) => text.split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"([])/).length;

const verdictMessage = (word: string, where: string) =>
  `"${word}" passes a verdict in ${where}; say who said or denied what ("said", "claimed", "denied")`;

export function checkWording(context: RuleContext): void {
  for (const document of context.corpus.documents) {
    const source = context.text(document.file);
    for (const a of document.annotations) {
      if (a.type === 'mention' || !a.note) continue;
      const text = noteToPlainText(a.note);
      const at = attributeAt(source, a, 'note');
      const words = text.split(/\s+/).filter(Boolean).length;
      if (words > maxNoteWords || sentences(text) > maxNoteSentences) {
        context.report(
          document.file,
          at,
          'note-length',
          `note has ${words} words in ${sentences(text)} sentences; keep it to ${maxNoteSentences} sentences of at most ${maxNoteWords} words in all (the margin is narrow)`,
        );
      }
      const word = verdict.exec(text)?.[0];
      if (word) context.report(document.file, at, 'verdict-word', verdictMessage(word, 'a note'));
    }
  }
  for (const claim of context.corpus.claims) {
    const word = verdict.exec(claim.statement)?.[0];
    if (word)
      context.report(claim.file, keyAt(context.text(claim.file), 'statement'), 'verdict-word', verdictMessage(word, 'a claim statement'));
  }
  for (const entity of context.corpus.entities) {
    const word = verdict.exec(entity.role)?.[0];
    if (word) context.report(entity.file, keyAt(context.text(entity.file), 'role'), 'verdict-word', verdictMessage(word, 'an entity role'));
  }
}
