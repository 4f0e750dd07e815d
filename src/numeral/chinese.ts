import { HAN_DIGITS, HAN_DIGIT_VALUE } from '../text/numerals.js';

/**
 * Chinese numerals as written in reports: 一百二十, 两千, 三千零五, 十余 (the caller strips 余),
 * 〇 and 零, and digit-by-digit forms such as 二〇二五. Returns null for anything else.
 */
const DIGIT = HAN_DIGIT_VALUE;
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

const CHINESE_DIGITS = HAN_DIGITS;
export const CHINESE_NUMERAL_CHARS = `${CHINESE_DIGITS}十百千万亿`;

/** True when every character is a digit (二〇二五, 三四): the digit-by-digit form, no 十百千万亿. */
export function isDigitByDigit(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) if (DIGIT[s[i] as string] === undefined) return false;
  return true;
}

export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  // Digit-by-digit (二〇二五): no unit characters at all.
  if (isDigitByDigit(s)) {
    let n = 0;
    for (let i = 0; i < s.length; i++) n = n * 10 + (DIGIT[s[i] as string] as number);
    return n;
  }
  return parseGrouped(s, (c) => DIGIT[c]);
}

/**
 * The 十百千 / 万亿 grouping shared by Chinese and mixed numerals. `digitOf` gives the value of a
 * digit character; mixed numerals pass whole Arabic numbers through the same slot.
 */
export function parseGrouped(s: string, digitOf: (c: string) => number | undefined): number | null {
  let yi = 0; // everything already scaled by 亿
  let wan = 0; // the 万 group below 亿
  let section = 0; // below 万
  let digit: number | null = null;
  let zero = false; // a 零 placeholder may precede the next digit (一千零五)
  for (const c of s) {
    const d = digitOf(c);
    if (d !== undefined) {
      // Two digits in a row (十五五) is not a number, except after a 零 placeholder.
      if (digit !== null && !(zero && digit === 0)) return null;
      digit = d;
      zero = d === 0;
      continue;
    }
    zero = false;
    const small = SMALL_UNIT[c];
    if (small !== undefined) {
      // 十 alone means 10 (十五 = 15).
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNIT[c];
    if (big === undefined) return null;
    const group = section + (digit ?? 0);
    if (big === 1e8) {
      // 一万亿: the 万 group is scaled again by 亿.
      if (group === 0 && wan === 0 && yi === 0) return null;
      yi = (yi + wan + group) * 1e8;
      wan = 0;
    } else {
      if (group === 0) return null;
      wan = group * 1e4;
    }
    section = 0;
    digit = null;
  }
  return yi + wan + section + (digit ?? 0);
}
