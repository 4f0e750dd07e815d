/**
 * Character predicates of the extractor, by char code (no string is made of a character read).
 * The scanner's lookup table of character classes is in char-table.ts.
 */

/** What ends a clause: ，,、;；。：:！？!? and line breaks. */
export const CLAUSE_MARKS = '，,、;；。：:！？!?\n\r';

export { isAsciiDigit, isDigit } from '../text/cjk.js';

/** Latin letter, half- or full-width: 5G, C919, PM2.5, M2, ５Ａ are names, not quantities. */
export function isLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

/** （ or ( */
export function isOpeningBracket(c: number): boolean {
  return c === 0xff08 || c === 0x28;
}

/** ） or ) */
export function isClosingBracket(c: number): boolean {
  return c === 0xff09 || c === 0x29;
}

export function isClauseBoundary(c: number): boolean {
  switch (c) {
    case 0xff0c: // ，
    case 0x2c: // ,
    case 0x3001: // 、
    case 0x3b: // ;
    case 0xff1b: // ；
    case 0x3002: // 。
    case 0xff1a: // ：
    case 0x3a: // :
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0x0a: // \n
    case 0x0d: // \r
      return true;
    default:
      return false;
  }
}

/** A Chinese numeral character: digits and 十百千万亿. */
export function isChineseNumeral(c: number): boolean {
  switch (c) {
    case 0x3007: // 〇
    case 0x96f6: // 零
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e24: // 两
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
    case 0x767e: // 百
    case 0x5343: // 千
    case 0x4e07: // 万
    case 0x4ebf: // 亿
      return true;
    default:
      return false;
  }
}

/** 十百千万亿: the characters that scale an Arabic number in a mixed numeral (1万6千). */
export function isMagnitudeChar(c: number): boolean {
  return c === 0x5341 || c === 0x767e || c === 0x5343 || c === 0x4e07 || c === 0x4ebf;
}

/** 万 or 亿: the magnitudes that may belong to the unit as written (万元, 亿元, 万人). */
export function isBigMagnitude(c: number): boolean {
  return c === 0x4e07 || c === 0x4ebf;
}
