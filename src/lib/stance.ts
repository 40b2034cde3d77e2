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
  conditional: { label: 'Conditional', description: 'neither asserts nor disputes the claim; its answer depends on the claim being confirmed' },
};

/** Whether a passage with this stance is a response to the claim (and so in its ledger of responses) rather than an assertion of it. */
export const isResponse = (stance: Stance): stance is Exclude<Stance, 'asserts'> => stance !== 'asserts';
