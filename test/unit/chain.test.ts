import { describe, expect, it } from 'vitest';
import { attributionChain } from '../../src/lib/corpus/chain.ts';
import type { AnalysedDocument, ClaimAnnotation, QuoteAnnotation } from '../../src/lib/corpus/types.ts';
import { claimSpan, documentWith, quote } from '../helpers/annotations.ts';

const doc = documentWith;
const claim = claimSpan();

/** A chain as "role:type:entity@date" steps. */
const show = (d: AnalysedDocument, a: QuoteAnnotation | ClaimAnnotation) =>
  attributionChain(d, a)
    .map((s) => [s.role, s.type, s.entity ?? '-'].join(':') + (s.date ? `@${s.date}` : ''))
    .join(' → ');

describe('attribution chain', () => {
  it.each([
    [
      'a direct quote at an event, reported by an outlet and republished by another',
      doc({ publisher: 'global-research', originalPublisher: 'rt', published: '2015-12-03', originalPublished: '2015-12-02' }),
      quote({ speaker: 'rudskoy', event: 'briefing', via: ['rt'] }),
      'speaker:said:rudskoy → event:said:briefing → outlet:reported:rt@2015-12-02 → document:republished:global-research@2015-12-03',
    ],
    [
      'a paraphrase relayed through two outlets into a copy whose publisher is unknown',
      doc({}),
      quote({ speaker: 'nuri', mode: 'paraphrase', via: ['sputnik', 'rt'] }),
      'speaker:paraphrased:nuri → outlet:reported:sputnik → outlet:reported:rt → document:reported:-',
    ],
    [
      'an unattributed assertion goes straight to the document',
      doc({ publisher: 'rt', published: '2015-12-02' }),
      quote({ mode: 'unattributed' }),
      'speaker:unattributed:- → document:reported:rt@2015-12-02',
    ],
    [
      'an outlet that is this copy’s own publisher is not listed twice',
      doc({ publisher: 'rt' }),
      quote({ speaker: 'warren', via: ['rt'] }),
      'speaker:said:warren → document:reported:rt',
    ],
    [
      'a republished copy names its original publisher even when the quote names no outlet',
      doc({ publisher: 'global-research', originalPublisher: 'rt' }),
      quote({ speaker: 'erdogan', mode: 'paraphrase' }),
      'speaker:paraphrased:erdogan → outlet:reported:rt → document:republished:global-research',
    ],
    ['a claim stated by the text itself is unattributed', doc({}), claim, 'speaker:unattributed:- → document:reported:-'],
  ])('%s', (_name, d, a, expected) => {
    expect(show(d, a)).toBe(expected);
  });

  it('ends with the document itself', () => {
    expect(attributionChain(doc({}), claim).at(-1)).toMatchObject({ role: 'document', document: 'doc' });
  });
});
