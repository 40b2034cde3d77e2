import type { NoteLabel } from './margin-note.ts';

/**
 * The icon of each kind of note. Kinds are told apart by label and icon, never
 * by colour alone; the icon is decorative (aria-hidden) next to the label.
 */
export const noteIcons: Record<NoteLabel, string> = {
  mention: '•',
  attribution: '❝',
  dispute: '⇄',
  context: '¶',
  correction: '✎',
  claim: '◆',
};
