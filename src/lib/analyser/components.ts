import { noteKinds, quoteModes, stances, type AnnotationType } from '../corpus/types.ts';

/** What an attribute refers to, so its value can be resolved against the corpus. */
export type RefKind = 'entity' | 'outlet' | 'event' | 'claim';

export interface PropSpec {
  required?: boolean;
  /** The value must be one of these words. */
  values?: readonly string[];
  /** The value is an id (or, with `list`, comma-separated ids) of this kind. */
  ref?: RefKind;
  list?: boolean;
  /** The value is note text with links (see note-text.ts). */
  noteText?: boolean;
}

export interface ComponentSpec {
  type: AnnotationType;
  /** Prefix of generated anchors: m-, q-, c-, n-. */
  prefix: string;
  props: Record<string, PropSpec>;
}

/** Every prop a component may carry; `anchor` pins a fragment id, `doc` is set by the build. */
const common: Record<string, PropSpec> = { anchor: {}, doc: {} };

/** The author-facing components. Anything else in a document is an error. */
export const componentSpecs: Record<string, ComponentSpec> = {
  Mention: { type: 'mention', prefix: 'm', props: { ...common, entity: { required: true, ref: 'entity' } } },
  Quote: {
    type: 'quote',
    prefix: 'q',
    props: {
      ...common,
      speaker: { ref: 'entity' },
      via: { ref: 'outlet', list: true },
      event: { ref: 'event' },
      mode: { values: quoteModes },
      claim: { ref: 'claim' },
      stance: { values: stances },
      note: { noteText: true },
    },
  },
  Claim: {
    type: 'claim',
    prefix: 'c',
    props: { ...common, claim: { required: true, ref: 'claim' }, stance: { values: stances }, note: { noteText: true } },
  },
  Note: {
    type: 'note',
    prefix: 'n',
    props: { ...common, kind: { required: true, values: noteKinds }, note: { required: true, noteText: true } },
  },
};

export const componentNames = Object.keys(componentSpecs);

/** Splits "rt, global-research" into ids. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((v) => v.trim())
    .filter(Boolean);
}
