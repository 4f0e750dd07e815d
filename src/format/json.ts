import type { LintOutput } from '../schema/lint.js';
import { outputHeader } from '../schema/version.js';
import { summarize, type LintResults } from './lint-results.js';
import { outlineChunks } from './outline-json.js';
import { bracketed, indent } from './json-layout.js';

/** The lint results as the LintOutput schema describes them. */
export function lintOutput(results: LintResults): LintOutput {
  return {
    ...outputHeader('lint'),
    reports: [...results.reports],
    summary: summarize(results.reports),
  };
}

export function formatJson(results: LintResults): string {
  return [...jsonChunks(lintOutput(results))].join('');
}

/**
 * The lint output as `JSON.stringify(output, null, 2)` writes it, in pieces: the long arrays of a
 * report (its findings and figures) element by element. A report of 50 MB has a JSON
 * form longer than the longest string V8 can make (2^29 characters); written piece by piece it
 * needs no such string, and no more memory than the results themselves.
 */
export function* jsonChunks(output: LintOutput): Generator<string> {
  yield* objectChunks(output as unknown as Record<string, unknown>, 0, (key, depth) => (key === 'reports' ? depth === 0 : false), (value, depth) =>
    arrayChunks(value as readonly unknown[], depth, (report, d) => objectChunks(report as Record<string, unknown>, d, streamed, nested)),
  );
  yield '\n';
}

/** The keys of a report whose arrays are written element by element, and its outline down the tree. */
const LONG = new Set(['diagnostics', 'indicators', 'outline']);
const streamed = (key: string): boolean => LONG.has(key);
const nested = (value: unknown, depth: number): Iterable<string> =>
  Array.isArray(value) ? arrayChunks(value, depth, plain) : outlineChunks(value, depth);

function* plain(value: unknown, depth: number): Generator<string> {
  yield indent(JSON.stringify(value, null, 2), depth);
}

/** An object's members, in order; those `stream` picks are written by `write`. */
function objectChunks(
  value: Record<string, unknown>,
  depth: number,
  stream: (key: string, depth: number) => boolean,
  write: (value: unknown, depth: number) => Iterable<string>,
): Generator<string> {
  // Members as JSON.stringify keeps them: own enumerable keys, undefined values left out.
  const json = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): Record<string, unknown> }).toJSON() : value;
  const keys = Object.keys(json).filter((k) => json[k] !== undefined && typeof json[k] !== 'function');
  return bracketed('{', '}', keys.length, depth, function* (i, inner) {
    const key = keys[i] as string;
    const member = json[key];
    yield `\n${inner}${JSON.stringify(key)}: `;
    if (member !== null && typeof member === 'object' && stream(key, depth)) yield* write(member, depth + 1);
    else yield indent(JSON.stringify(member, null, 2), depth + 1);
  });
}

function arrayChunks(values: readonly unknown[], depth: number, write: (value: unknown, depth: number) => Iterable<string>): Generator<string> {
  return bracketed('[', ']', values.length, depth, function* (i, inner) {
    yield `\n${inner}`;
    yield* write(values[i], depth + 1);
  });
}
