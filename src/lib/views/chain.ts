import type { ChainStep, StepType } from '../corpus/chain.ts';
import type { CorpusGraph } from '../corpus/graph.ts';
import { UNKNOWN_PUBLISHER } from '../labels.ts';
import type { Urls } from '../urls.ts';

/**
 * An attribution chain as its list shows it: each step's type in words ("at",
 * "republished in", "reported"), then who or what, linked, with its date.
 */
export type ChainItem = {
  /** The step's type, for its class. */
  type: StepType;
  /** The type in words, before the step. */
  label: string;
} & (
  | { kind: 'unnamed'; text: string }
  /** The copy the words reached: its title (linked, unless this is its own page), then its publisher, or `publisher` as text when unknown. */
  | { kind: 'document'; title: string; href?: string; publisher: { name: string; href?: string }; date?: string }
  | { kind: 'entity'; name: string; href: string; date?: string }
);

export interface ChainOptions {
  /** Anchor of the passage in the last step's document, to link straight to it. */
  anchor?: string;
  /** On the document's own page: the last step reads "this document". */
  here?: boolean;
}

export function stepLabel(s: ChainStep): string {
  if (s.role === 'event') return 'at';
  if (s.role === 'document') return s.type === 'republished' ? 'republished in' : 'in';
  return s.type;
}

export function chainItems(steps: ChainStep[], graph: CorpusGraph, urls: Urls, { anchor, here = false }: ChainOptions = {}): ChainItem[] {
  const name = (id: string) => graph.entity(id)?.name ?? id;
  return steps.map((s): ChainItem => {
    const base = { type: s.type, label: stepLabel(s) };
    if (s.role === 'speaker' && s.type === 'unattributed') return { ...base, kind: 'unnamed', text: 'no named source' };
    if (s.role === 'document') {
      return {
        ...base,
        kind: 'document',
        title: here ? 'this document' : (graph.document(s.document!)?.data.title ?? s.document!),
        href: here ? undefined : urls.document(s.document!, anchor),
        publisher: s.entity ? { name: name(s.entity), href: urls.entity(s.entity) } : { name: UNKNOWN_PUBLISHER },
        date: s.date,
      };
    }
    return { ...base, kind: 'entity', name: name(s.entity!), href: urls.entity(s.entity!), date: s.date };
  });
}
