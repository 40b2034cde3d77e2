/**
 * JSON.stringify(value), compact, as a sequence of pieces. Objects and arrays
 * are opened down to `depth` levels (enough to reach the record lists of the
 * exports) and each value below is stringified on its own, so a corpus-wide export is never one string (V8 caps a string at about
 * 512 MiB, which the site-wide annotation file would pass near 10,000 documents).
 */
export function* jsonChunks(value: unknown, depth = 3): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // As JSON.stringify does inside an array, a value with no JSON form is null.
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      yield* jsonChunks(value[i], depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    // Members with no JSON form are left out, as JSON.stringify does.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonChunks(member, depth - 1);
  }
  yield '}';
}
