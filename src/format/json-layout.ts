/**
 * The layout of JSON.stringify(…, null, 2), written piece by piece: a long report's JSON (a
 * hundred thousand findings, an outline of 200,000 sections) is longer than one string may be.
 */

/** `n` members between brackets, comma-separated, as JSON.stringify(…, null, 2) lays them out. */
export function* bracketed(open: string, close: string, n: number, depth: number, member: (i: number, inner: string) => Iterable<string>): Generator<string> {
  if (n === 0) {
    yield open + close;
    return;
  }
  const inner = '  '.repeat(depth + 1);
  yield open;
  for (let i = 0; i < n; i++) {
    yield* member(i, inner);
    if (i < n - 1) yield ',';
  }
  yield `\n${'  '.repeat(depth)}${close}`;
}

/** JSON written at nesting depth 0, moved to `depth`: each line after the first indented. */
export function indent(json: string, depth: number): string {
  return depth === 0 || !json.includes('\n') ? json : json.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}
