// `npm run bench` also times the shared-passage search on two inputs of the
// same size: one sentence repeated through two documents, and random words
// (with one passage in common), so a quadratic case shows as a ratio.
import { findSharedPassages } from '../../src/lib/text/shared-passages.ts';

const sentence = 'The ministry said the trucks crossed the border at night near the village of Reyhanli.';

/** Text of about `bytes` characters: `sentence` repeated, or random words from a small vocabulary. */
export function repetitiveText(bytes: number): string {
  return `${sentence} `.repeat(Math.ceil(bytes / (sentence.length + 1))).slice(0, bytes);
}

export function randomText(bytes: number, seed = 1): string {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
  const out: string[] = [];
  let length = 0;
  while (length < bytes) {
    const word = Array.from({ length: 2 + (next() % 8) }, () => String.fromCharCode(97 + (next() % 26))).join('');
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ').slice(0, bytes);
}

/** Seconds the shared-passage search takes over two documents of `bytes / 2` each. */
export function timeSharedPassages(kind: 'repetitive' | 'random', bytes: number): { seconds: number; passages: number } {
  const half = Math.floor(bytes / 2);
  const shared = ` ${repetitiveText(400)} `;
  const texts =
    kind === 'repetitive' ? [repetitiveText(half), repetitiveText(half)] : [randomText(half, 1) + shared, shared + randomText(half, 2)];
  const started = performance.now();
  const found = findSharedPassages(texts.map((text, i) => ({ slug: `d${i}`, text })));
  return { seconds: (performance.now() - started) / 1000, passages: [...found.values()].reduce((n, list) => n + list.length, 0) };
}

export function pathologicalLine(bytes = 5 * 1024 * 1024): string {
  const random = timeSharedPassages('random', bytes);
  const repetitive = timeSharedPassages('repetitive', bytes);
  const mb = (bytes / 1024 / 1024).toFixed(0);
  return `shared passages over ${mb} MB: random words ${random.seconds.toFixed(2)} s, one sentence repeated ${repetitive.seconds.toFixed(2)} s (${(repetitive.seconds / random.seconds).toFixed(2)}x)`;
}

if (import.meta.main) console.log(pathologicalLine(Number(process.argv[2] ?? 5 * 1024 * 1024)));
