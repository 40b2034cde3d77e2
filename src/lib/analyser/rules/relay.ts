import type { AnalysedDocument, EntityRecord } from '../../corpus/types.ts';
import type { Reporter } from '../diagnostics.ts';

/** "mod_russia: …" or "@mod_russia: …" at the start of the words: a post of that account, relayed. */
const accountPrefix = /^["“‘']?@?([A-Za-z0-9_]{2,}):\s/;

/**
 * Words posted from an account belong to the account's owner, whoever relays
 * them: the quote's speaker is the entity that lists the handle in `accounts`,
 * and its note names the relay (links an entity other than the speaker).
 */
export function checkRelays(document: AnalysedDocument, entities: EntityRecord[], report: Reporter): void {
  const owners = new Map<string, EntityRecord>();
  for (const e of entities) for (const handle of e.accounts) owners.set(handle.toLowerCase(), e);
  for (const a of document.annotations) {
    if (a.type !== 'quote') continue;
    const handle = accountPrefix.exec(a.exact)?.[1];
    if (!handle) continue;
    const owner = owners.get(handle.toLowerCase());
    if (!owner) {
      report.error(
        a,
        'account-relay',
        `the words begin with the account "${handle}:", which no entity lists in accounts; add it to its owner's entity file`,
      );
    } else if (a.speaker !== owner.id) {
      report.error(
        a,
        'account-relay',
        `words posted by @${handle} are ${owner.name}'s: set speaker="${owner.id}" and name the relay${a.speaker ? ` ("${a.speaker}")` : ''} in the note`,
      );
    } else if (!a.note?.some((s) => s.kind === 'link' && s.target.type === 'entity' && s.target.id !== owner.id)) {
      report.error(
        a,
        'account-relay',
        `words posted by @${handle} and relayed by someone else need a note that links the relay (entity:<id>)`,
      );
    }
  }
}
