import type { OutlineOutput } from '../schema/output.js';
import { bracketed, indent } from './json-layout.js';

/**
 * The outline output as `JSON.stringify(output, null, 2)` writes it, in pieces: the reports, the
 * outline, and every sections and children array member by member, down the tree. A report of
 * 400,000 headings has a JSON form of some 300 million characters, a string that does not fit in
 * a 256 MB heap; written piece by piece it needs no such string.
 */
export function* outlineJsonChunks(output: OutlineOutput): Generator<string> {
  yield* valueChunks(output, 0, true);
  yield '\n';
}

/** An outline (as lint's JSON holds one per report) at nesting `depth`, piece by piece. */
export function outlineChunks(outline: unknown, depth: number): Generator<string> {
  return valueChunks(outline, depth, true);
}

/** Members under these keys are written piece by piece; the rest (spans, titles) whole. */
const STREAMED = new Set(['reports', 'outline', 'sections', 'children']);

function* valueChunks(value: unknown, depth: number, stream: boolean): Generator<string> {
  if (!stream || value === null || typeof value !== 'object') {
    yield indent(JSON.stringify(value, null, 2), depth);
    return;
  }
  // What JSON.stringify writes of an object: its toJSON (a compact section's), else its own members.
  const json = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  if (Array.isArray(json)) {
    yield* bracketed('[', ']', json.length, depth, function* (i, inner) {
      yield `\n${inner}`;
      const member = json[i];
      // As JSON.stringify: an array member it cannot write is null.
      yield* valueChunks(member === undefined || typeof member === 'function' ? null : member, depth + 1, true);
    });
    return;
  }
  const record = json as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined && typeof record[k] !== 'function');
  yield* bracketed('{', '}', keys.length, depth, function* (i, inner) {
    const key = keys[i] as string;
    yield `\n${inner}${JSON.stringify(key)}: `;
    yield* valueChunks(record[key], depth + 1, STREAMED.has(key));
  });
}
