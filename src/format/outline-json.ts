import type { OutlineOutput } from '../schema/output.js';
import { JsonWriter, jsonOf, written, type JsonOut } from './json-layout.js';

/**
 * The outline output as `JSON.stringify(output, null, 2)` writes it, in pieces: the reports, the
 * outline, and every sections and children array member by member, down the tree. A report of
 * 400,000 headings has a JSON form of some 300 million characters, a string that does not fit in
 * a 256 MB heap; written piece by piece it needs no such string.
 */
export function writeOutlineJson(output: OutlineOutput, out: JsonOut): void {
  const writer = new JsonWriter(out);
  writeTree(writer, output, 0);
  writer.raw('\n');
  writer.end();
}

/** An outline (as lint's JSON holds one per report) at nesting `depth`, piece by piece. */
export function writeOutline(writer: JsonWriter, outline: unknown, depth: number): void {
  writeTree(writer, outline, depth);
}

/** Members under these keys are written piece by piece; the rest (spans, titles) whole. */
const STREAMED = new Set(['reports', 'outline', 'sections', 'children']);

function writeTree(writer: JsonWriter, value: unknown, depth: number): void {
  const json = value !== null && typeof value === 'object' ? jsonOf(value) : value;
  // A leaf (most sections: no children) is written whole, in one JSON.stringify.
  if (json === null || typeof json !== 'object' || !branches(json)) {
    writer.value(json, depth);
    return;
  }
  if (Array.isArray(json)) {
    // As JSON.stringify: an array member it cannot write is null.
    writer.array(json as unknown[], depth, (member, d) => writeTree(writer, written(member) ? member : null, d));
    return;
  }
  writer.object(json, depth, (key, member, d) => (STREAMED.has(key) ? writeTree(writer, member, d) : writer.value(member, d)));
}

/** Whether an array has members, or an object a member under a streamed key with members. */
function branches(json: object): boolean {
  if (Array.isArray(json)) return json.length > 0;
  for (const key of STREAMED) {
    const member = (json as Record<string, unknown>)[key];
    if (member !== null && typeof member === 'object' && (!Array.isArray(member) || member.length > 0)) return true;
  }
  return false;
}
