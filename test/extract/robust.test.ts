import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanIndicators } from '../../src/extract/index.js';

// The characters extraction reacts to, so that random strings hit its edges often.
const ALPHABET = [
  ...'0123456789０１２３４５６７８９.．,，、。；;：()（）“”《》+-—～~至到',
  ...'〇零一二两三四五六七八九十百千万亿余多近约超逾以上左右内下',
  ...'件次人名家项个%％‰元亿万倍公里亩吨岁期间会议届第受理审结增长下降比上年同比率',
  'a', 'G', '\n', '\r', ' ',
];

describe('extraction never fails on any input', () => {
  it('returns ordered, non-overlapping spans that slice to their text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 80 }).map((cs) => cs.join('')), (text) => {
        const found = scanIndicators(text);
        let last = 0;
        for (const f of found) {
          expect(f.span.start.offset).toBeGreaterThanOrEqual(last);
          expect(f.span.end.offset).toBeGreaterThan(f.span.start.offset);
          expect(text.slice(f.span.start.offset, f.span.end.offset)).toBe(f.text);
          expect(Number.isFinite(f.value)).toBe(true);
          last = f.span.end.offset;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('survives arbitrary Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(() => scanIndicators(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('scans a sub-range only', () => {
    const text = '受理90件,审结70件,纠错率7.1%。';
    expect(scanIndicators(text, 7).map((f) => f.text)).toEqual(['70件', '7.1%']);
    expect(scanIndicators(text, 0, 6).map((f) => f.text)).toEqual(['90件']);
    expect(scanIndicators(text, -5, 1e9).length).toBe(3);
  });
});

// A regex that backtracks catastrophically runs for hours on a megabyte, not seconds: the
// generous test timeouts below are hang guards, not speed checks. The speeds of these inputs are
// measured in `npm run bench` (scripts/bench/extract.mjs), where a noisy machine cannot fail a test.
const HANG_GUARD_MS = 30_000;

describe('pathological inputs finish (no catastrophic backtracking)', () => {
  const MB = 1 << 20;
  it.each([
    ['digits', '1'],
    ['余', '余'],
    ['commas', ','],
    ['digit-commas', '1,'],
    ['Chinese numerals', '一'],
    ['number and 余', '1余'],
    ['dashes', '1—'],
    ['quotes and numerals', '“一”'],
  ])('a 1 MB line of %s, with no figure in it', (_name, unit) => {
    expect(scanIndicators(unit.repeat(Math.ceil(MB / unit.length)))).toEqual([]);
  }, HANG_GUARD_MS);

  it('a megabyte packed with indicators yields every one of them', () => {
    // 262,144 real indicators in one sentence: per-indicator work, not backtracking, is the cost.
    const text = '“1件'.repeat(MB / 4);
    expect(scanIndicators(text)).toHaveLength(MB / 4);
  }, HANG_GUARD_MS);

  it('a megabyte of digits is not one huge number', () => {
    expect(scanIndicators('9'.repeat(MB) + '件')).toEqual([]);
  }, HANG_GUARD_MS);
});
