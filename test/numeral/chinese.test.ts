import { describe, expect, it } from 'vitest';
import { isDigitByDigit, parseChineseNumeral } from '../../src/numeral/chinese.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百二十', 120],
    ['两千', 2000],
    ['三千零五', 3005],
    ['一千零五十', 1050],
    ['两万', 20000],
    ['十万', 100000],
    ['一百二十万', 1200000],
    ['一亿', 1e8],
    ['一亿三千万', 1.3e8],
    ['三万亿', 3e12],
    ['〇', 0],
    ['二〇二五', 2025],
  ])('%s = %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(['', '十五五', '三三十', '万', '亿', '百分', 'abc'])('rejects %j', (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });

  it('tells the digit-by-digit form', () => {
    expect(isDigitByDigit('二〇二五')).toBe(true);
    expect(isDigitByDigit('三四')).toBe(true);
    expect(isDigitByDigit('三')).toBe(false);
    expect(isDigitByDigit('三十')).toBe(false);
  });
});
