/**
 * The layout of JSON.stringify(…, null, 2), written piece by piece: a long report's JSON (a
 * hundred thousand findings, an outline of 200,000 sections) is longer than one string may be.
 * Members are laid out by JSON.stringify itself and encoded straight into a buffer (Utf8Sink)
 * which goes out when full: a generator step, a string and a write per bracket and comma cost
 * three times the JSON, and joining the pieces into strings to encode cost as much as encoding.
 */

import { Utf8Sink, type ByteOut } from './utf8-sink.js';

/** Where written JSON goes: its UTF-8, a buffer at a time. The buffer is reused: copy what is kept. */
export type JsonOut = ByteOut;

export class JsonWriter {
  readonly #sink: Utf8Sink;

  constructor(out: JsonOut) {
    this.#sink = new Utf8Sink(out);
  }

  /** Text as it is: brackets, separators, a value already laid out. */
  raw(text: string): void {
    this.#sink.write(text);
  }

  /** Sends what is left: the end of the document. */
  end(): void {
    this.#sink.end();
  }

  /** A value written whole, as it stands at nesting `depth` of the document. */
  value(value: unknown, depth: number): void {
    this.raw(atDepth(value, depth));
  }

  /** An array's items, each written by `item` (whole by default), bracketed and comma-separated. */
  array<T>(items: Iterable<T>, depth: number, item: (value: T, depth: number) => void = (value, d) => this.value(value, d)): void {
    const inner = `\n${'  '.repeat(depth + 1)}`;
    let first = true;
    for (const value of items) {
      // The bracket waits for the first item: an empty array is `[]`.
      this.raw(first ? `[${inner}` : `,${inner}`);
      first = false;
      item(value, depth + 1);
    }
    this.raw(first ? '[]' : `\n${'  '.repeat(depth)}]`);
  }

  /** An object's members as JSON.stringify keeps them, each value written by `member`. */
  object(value: object, depth: number, member: (key: string, value: unknown, depth: number) => void): void {
    const record = jsonOf(value) as Record<string, unknown>;
    const inner = `\n${'  '.repeat(depth + 1)}`;
    let first = true;
    for (const key of Object.keys(record)) {
      const field = record[key];
      if (!written(field)) continue;
      this.raw(`${first ? '{' : ','}${inner}${JSON.stringify(key)}: `);
      first = false;
      member(key, field, depth + 1);
    }
    this.raw(first ? '{}' : `\n${'  '.repeat(depth)}}`);
  }
}

/** What JSON.stringify writes of an object: its toJSON (a compact section's), else itself. */
export function jsonOf(value: object): unknown {
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  return typeof toJSON === 'function' ? (toJSON as () => unknown).call(value) : value;
}

/** Whether JSON.stringify writes an object member holding this (it leaves out undefined, functions, symbols). */
export function written(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented to `depth`. The value
 * is laid out inside `depth` arrays and cut out of them: JSON.stringify indents it natively,
 * where re-indenting its text cost a copy and half again its time.
 */
export function atDepth(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2);
  let wrapped: unknown = value;
  for (let k = 0; k < depth; k++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  const { open, close } = wrapping(depth);
  return json.slice(open, json.length - close);
}

/** The lengths of the `depth` array openings before a wrapped value and of their closings after it. */
const wrappings: { open: number; close: number }[] = [];
function wrapping(depth: number): { open: number; close: number } {
  let found = wrappings[depth];
  if (!found) {
    // Level k (1-based) opens with `[\n` and 2k spaces, and closes with `\n`, 2(k-1) spaces and `]`.
    let open = 0;
    let close = 0;
    for (let k = 1; k <= depth; k++) {
      open += 2 + 2 * k;
      close += 2 + 2 * (k - 1);
    }
    found = { open, close };
    wrappings[depth] = found;
  }
  return found;
}
