import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atDepth, JsonWriter } from '../../src/format/json-layout.js';
import { utf8Text } from '../../src/format/utf8-sink.js';
import { writeOutlineJson } from '../../src/format/outline-json.js';
import { parseOutline } from '../../src/outline/index.js';
import type { OutlineOutput } from '../../src/schema/output.js';
import { outputHeader } from '../../src/schema/version.js';
import { SEED } from '../support/paths.js';

/** JSON.stringify(value, null, 2) moved to `depth` by re-indenting its text: what atDepth must equal. */
const reindented = (value: unknown, depth: number) => (JSON.stringify(value, null, 2) as string).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/** Everything a writer sends, as text, and the sizes of the buffers it sent. */
function written(write: (writer: JsonWriter) => void): { text: string; pieces: number[] } {
  const pieces: number[] = [];
  const text = utf8Text((out) => {
    const writer = new JsonWriter((bytes) => {
      pieces.push(bytes.length);
      out(bytes);
    });
    write(writer);
    writer.end();
  });
  return { text, pieces };
}

/** Any value written member by member all the way down, as the streamed formats write their long parts. */
function deep(writer: JsonWriter, value: unknown, depth: number): void {
  if (value === null || typeof value !== 'object') writer.value(value, depth);
  else if (Array.isArray(value)) writer.array(value, depth, (item, d) => deep(writer, item, d));
  else writer.object(value, depth, (_key, member, d) => deep(writer, member, d));
}

const odd = {
  text: '全年办理行政复议案件“12件”，\n换行与\\反斜杠',
  empty: { list: [], object: {} },
  skipped: undefined,
  method: () => 1,
  symbol: Symbol('x'),
  holes: [undefined, () => 1, null, 0, -1.5, true, ''],
  nested: [[[]], [{}], [{ a: [1, { b: null }] }]],
  withToJSON: { toJSON: () => ({ span: { start: 1, end: 2 } }) },
};

describe('the streamed JSON layout', () => {
  it('atDepth lays a value out as JSON.stringify(…, null, 2) re-indented to that depth', () => {
    for (const value of [odd, [], {}, [1], { a: 1 }, 'x\ny', 3, null, true, [[['深']]], odd.holes]) {
      for (const depth of [0, 1, 2, 5]) expect(atDepth(value, depth)).toBe(reindented(value, depth));
    }
  });

  it('objects and arrays written member by member are byte for byte JSON.stringify(…, null, 2)', () => {
    for (const value of [odd, [], {}, [odd, odd], { only: [] }, { a: { b: { c: [1, [2, [3]]] } } }]) {
      expect(written((w) => deep(w, value, 0)).text).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('sends a few large pieces, not a piece per bracket, comma or member', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ruleId: 'half-width-punctuation', line: i + 1, message: '中文中使用了半角“,”' }));
    const { text, pieces } = written((w) => w.array(many, 0));
    expect(text).toBe(JSON.stringify(many, null, 2));
    expect(pieces.length).toBeGreaterThan(1);
    // Each buffer but the last nearly full (256 KB, less room for the next piece).
    for (const size of pieces.slice(0, -1)) expect(size).toBeGreaterThan(200_000);
  });

  it('writes the seed outline as JSON.stringify does, leaf sections and branches alike', () => {
    const text = readFileSync(SEED, 'utf8');
    const output: OutlineOutput = { ...outputHeader('outline'), reports: [{ file: 'seed.txt', encoding: 'utf-8', format: 'text', outline: parseOutline(text) }] };
    expect(utf8Text((out) => writeOutlineJson(output, out))).toBe(`${JSON.stringify(output, null, 2)}\n`);
  });
});
