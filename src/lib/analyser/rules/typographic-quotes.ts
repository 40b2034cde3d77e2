// Attribute values typed with typographic quotes (entity=“turkey”, or a
// straight opening quote closed by a curly one, as word processors and
// phone keyboards do). The MDX parser only sees an unexpected character, or
// reads on to the next straight quote and fails a tag later, so these are
// found first, named as what they are, and made straight for the rest of
// the checks.
import type { Reporter } from '../diagnostics.ts';
import { positionOf } from './locate.ts';

const curly = '“”„‟‘’‚‛«»';
const name = (ch: string) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
/** After a value's real end: the tag's end, or the next attribute. */
const valueEnd = /^(?:\s*\/?>|\s+[A-Za-z][\w-]*\s*=)/;

/**
 * Reports every typographic quote that opens or closes an attribute value
 * and returns the body with those quotes made straight (one character for
 * one, so every offset, line and column stays the same).
 */
export function straightenAttributeQuotes(body: string, report: Reporter): string {
  // Offsets to make straight: most documents have none, and are returned as they came.
  const straight: number[] = [];
  const fix = (at: number, attribute: string, value: string, ch: string, role: 'opens' | 'closes') => {
    report.error(
      positionOf(body, at),
      'typographic-quote',
      `the value of ${attribute} ${role} with the typographic quote ${name(ch)}; attribute values take straight quotes: ${attribute}="${value}"`,
    );
    straight.push(at);
  };
  for (const tag of body.matchAll(/<[A-Za-z][\w.]*/g)) {
    let i = tag.index + tag[0].length;
    for (;;) {
      const attr = /^\s+([A-Za-z][\w-]*)\s*(=\s*)?/.exec(body.slice(i, i + 200));
      if (!attr || !attr[2]) break;
      i += attr[0].length;
      const open = body[i]!;
      if (open === '"' || open === "'") {
        const close = body.indexOf(open, i + 1);
        const inner = body.slice(i + 1, close === -1 ? undefined : close);
        // A curly quote inside the value that is followed by the tag's end or another attribute was meant to close it.
        const early = [...inner].findIndex((ch, k) => curly.includes(ch) && valueEnd.test(inner.slice(k + 1)));
        if (early !== -1) {
          fix(i + 1 + early, attr[1]!, inner.slice(0, early), inner[early]!, 'closes');
          i = i + 2 + early;
        } else if (close === -1) break;
        else i = close + 1;
      } else if (curly.includes(open)) {
        const rest = body.slice(i + 1);
        const end = rest.search(/["“”„‟‘’‚‛«»'\n>]/);
        const value = end === -1 ? rest : rest.slice(0, end);
        fix(i, attr[1]!, value, open, 'opens');
        const closing = end === -1 ? undefined : rest[end];
        if (closing && closing !== '>' && closing !== '\n') {
          if (curly.includes(closing)) straight.push(i + 1 + end);
          i = i + 2 + end;
        } else break;
      } else break;
    }
  }
  if (straight.length === 0) return body;
  const chars = body.split('');
  for (const at of straight) chars[at] = '"';
  return chars.join('');
}
