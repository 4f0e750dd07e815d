import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithEmptyField, fieldCount, FIELDS, nothingOrField, opensWithField, opensWithFieldCell } from '../../src/text/page-field.js';

/**
 * The patterns the field functions replace, built as page-chrome built them: every name, longest
 * first, spaced out as a page may space it. They are the oracle: each function must answer as its
 * pattern does, on any line.
 */
const spaced = (f: string) => [...f].join(f.length === 2 ? '[ \\u3000]{0,2}' : '[ \\u3000]?');
const fields = [...FIELDS].sort((a, b) => b.length - a.length).map(spaced).join('|');
const ORACLE = {
  startsWithField: new RegExp(`^[\\s【\\[（(•·*|｜-]*(?:${fields})\\s*[:：]`),
  field: new RegExp(`(?:^|[\\s【\\[|｜])(?:${fields})\\s*[:：]`, 'g'),
  emptyField: new RegExp(`[\\s\\u3000](?:${fields})\\s*[:：][\\s\\u3000]*$`),
  tableField: new RegExp(`^[\\s\\u3000]*(?:[|｜][ \\u3000]*)?(?:${fields})[ \\u3000]*(?:[:：]?[ \\u3000]*[|｜]|\\t)`),
  stampTail: new RegExp(`^(?:(?:${fields})\\s*[:：].*)?$`),
};

function oracleCount(line: string, max: number): number {
  ORACLE.field.lastIndex = 0;
  let n = 0;
  while (n < max && ORACLE.field.exec(line)) n++;
  return n;
}

/** A field's name as a page may write it: spaced out, or not, within the patterns' reach and past it. */
const name = fc.tuple(fc.constantFrom(...FIELDS), fc.array(fc.constantFrom('', ' ', '\u3000', '  ', ' \u3000', '\u3000\u3000\u3000'), { maxLength: 8 })).map(([f, gaps]) => [...f].map((ch, i) => (i === 0 ? ch : `${gaps[i] ?? ''}${ch}`)).join(''));
/** Pieces of a page's line and of a report's: names, near-names, marks, spaces, dates, words. */
const piece = fc.oneof(
  { weight: 4, arbitrary: name },
  { weight: 1, arbitrary: fc.constantFrom('资金来源', '名', '称', '文号码', '发布', '时', '报告', '滨江县', '首页', 'abc', '12', '2024') },
  { weight: 4, arbitrary: fc.constantFrom(':', '：', ' ', '\u3000', '\t', '|', '｜', '【', '[', '（', '(', '•', '·', '*', '-', '】', '>', '\u000b', '\u2028', '\u00a0') },
  { weight: 1, arbitrary: fc.constantFrom('2023-08-07', '2024/8/7 23:36:09', '2025-03-20 10:05 ', '10:05') },
);
const line = fc.array(piece, { maxLength: 9 }).map((p) => p.join(''));

describe('a page’s fields, found by name instead of by a pattern of every name', () => {
  it('answer as the patterns did, on any line', () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(opensWithField(l), 'startsWithField').toBe(ORACLE.startsWithField.test(l));
        expect(fieldCount(l, 2), 'field').toBe(oracleCount(l, 2));
        expect(fieldCount(l, 5), 'field ×5').toBe(oracleCount(l, 5));
        expect(endsWithEmptyField(l), 'emptyField').toBe(ORACLE.emptyField.test(l));
        expect(opensWithFieldCell(l), 'tableField').toBe(ORACLE.tableField.test(l));
        expect(nothingOrField(l, 0), 'stamp tail').toBe(ORACLE.stampTail.test(l));
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ['发布时间：2025年03月20日 10:05 来源：滨江县司法局', true, 2],
    ['名 称: 滨江县2024年法治政府建设工作报告', true, 1],
    ['文　　号：', true, 1],
    ['文　　　号：', false, 0],
    ['资金来源：县财政', false, 0],
    ['各位代表：', false, 0],
  ])('%s', (l, opens, count) => {
    expect(opensWithField(l)).toBe(opens);
    expect(fieldCount(l, 5)).toBe(count);
  });
});
