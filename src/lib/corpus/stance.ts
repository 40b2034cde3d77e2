import type { Stance } from './types.ts';

/**
 * Words for a passage's stance towards its claim, in one place: lists say
 * "Rudskoy states …", "Warren disputes …", "the ministry responds
 * conditionally to …". A conditional response is never called a dispute.
 */
export const stanceVerbs: Record<Stance, string> = {
  asserts: 'states',
  disputes: 'disputes',
  conditional: 'responds conditionally to',
};

/** The kind of a response in a claim's ledger of responses. */
export const responseKinds: Record<Exclude<Stance, 'asserts'>, { label: string; description: string }> = {
  disputes: { label: 'Disputes', description: 'denies or contradicts the claim' },
  conditional: {
    label: 'Conditional',
    description: 'neither asserts nor disputes the claim; its answer depends on the claim being confirmed',
  },
};

/** Whether a passage with this stance is a response to the claim (and so in its ledger of responses) rather than an assertion of it. */
export const isResponse = (stance: Stance): stance is Exclude<Stance, 'asserts'> => stance !== 'asserts';

/** A passage's stance as the head of its claim line on the passage's page: "States <claim>". */
export const stanceHeadings: Record<Stance, string> = {
  asserts: 'States',
  disputes: 'Disputes',
  conditional: 'Answers conditionally',
};

/**
 * What lists add after a responding passage, in three registers: after the
 * passage alone ("disputing"), where the list names the claim ("disputing
 * it"), and where it does not ("disputing a claim").
 */
export const stanceListNotes: Record<Exclude<Stance, 'asserts'>, Record<StanceRegister, string>> = {
  disputes: { short: 'disputing', ofIt: 'disputing it', ofAClaim: 'disputing a claim' },
  conditional: { short: 'answering conditionally', ofIt: 'responding conditionally', ofAClaim: 'a conditional response to a claim' },
};
export type StanceRegister = 'short' | 'ofIt' | 'ofAClaim';

/** The list note of a passage with this stance, or undefined for one that states its claim. */
export const stanceListNote = (stance: Stance | undefined, register: StanceRegister): string | undefined =>
  stance && isResponse(stance) ? stanceListNotes[stance][register] : undefined;
