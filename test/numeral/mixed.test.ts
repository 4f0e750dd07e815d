import { describe, expect, it } from 'vitest';
import { parseMixedNumeral } from '../../src/numeral/mixed.js';
import { foldDigits, foldWidth } from '../../src/numeral/width.js';

describe('parseMixedNumeral', () => {
  it.each([
    ['10万', 100000],
    ['3.5万', 35000],
    ['1万6千', 16000],
    ['1亿3千万', 1.3e8],
    ['82.7万亿', 8.27e13],
    ['３０万亿', 3e13],
    ['４７．２', 47.2],
    ['1,234', 1234],
    ['1,234.5万', 12345000],
    ['5千', 5000],
  ])('%s = %d', (s, n) => {
    expect(parseMixedNumeral(s)).toBeCloseTo(n, 6);
  });

  it.each(['', '万', 'abc', '1万万'])('rejects %j', (s) => {
    expect(parseMixedNumeral(s)).toBeNull();
  });
});

describe('width folding', () => {
  it('keeps offsets: one code unit for one', () => {
    const s = '国内生产总值３０万亿元，增长９％（初步核算）';
    expect(foldWidth(s)).toHaveLength(s.length);
    expect(foldWidth(s)).toBe('国内生产总值30万亿元,增长9%(初步核算)');
    expect(foldDigits('４７．２万亿元')).toBe('47.2万亿元');
  });
});
