import type { LintOutput } from '../schema/lint.js';
import { outputHeader } from '../schema/version.js';
import { summarize, type LintResults } from './lint-results.js';
import { writeOutline } from './outline-json.js';
import { JsonWriter, type JsonOut } from './json-layout.js';
import { utf8Text } from './utf8-sink.js';

/** The lint results as the LintOutput schema describes them. */
export function lintOutput(results: LintResults): LintOutput {
  return {
    ...outputHeader('lint'),
    reports: [...results.reports],
    summary: summarize(results.reports),
  };
}

export function formatJson(results: LintResults): string {
  return utf8Text((out) => writeJson(lintOutput(results), out));
}

/**
 * The lint output as `JSON.stringify(output, null, 2)` writes it, in pieces: the long arrays of a
 * report (its findings and figures) element by element, its outline down the tree. A report of
 * 50 MB has a JSON form longer than the longest string V8 can make (2^29 characters); written
 * piece by piece it needs no such string, and no more memory than the results themselves.
 */
export function writeJson(output: LintOutput, out: JsonOut): void {
  const writer = new JsonWriter(out);
  writer.object(output, 0, (key, value, depth) =>
    key === 'reports' ? writer.array(value as readonly object[], depth, (report, d) => writeReport(writer, report, d)) : writer.value(value, depth),
  );
  writer.raw('\n');
  writer.end();
}

/** The keys of a report whose arrays are written element by element. */
const LONG = new Set(['diagnostics', 'indicators']);

function writeReport(writer: JsonWriter, report: object, depth: number): void {
  writer.object(report, depth, (key, value, d) => {
    if (key === 'outline') writeOutline(writer, value, d);
    else if (LONG.has(key) && Array.isArray(value)) writer.array(value, d);
    else writer.value(value, d);
  });
}
