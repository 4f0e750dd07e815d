/**
 * Character classes for the scanner, as one lookup table over the BMP so that the hot loop does a
 * single array read per character (no regex, no allocation). Built on first use.
 */
import { RANGE_SEPARATORS } from './range.js';
import { UNITS } from './unit.js';

export const NUM_START = 1; // 0-9 ０-９ and the Chinese digits that can begin a numeral
export const CLAUSE = 2; // ends a clause: ，,、;；。：:！？!? and line breaks
export const SENTENCE = 4; // ends a sentence: 。！？!? and line breaks
export const LINE = 8; // line break
export const QUOTE_OPEN = 16; // “ 《 「 『
export const QUOTE_CLOSE = 32; // ” 》 」 』
export const FOLLOWS_NUMBER = 64; // may follow a number in a quantity: a unit's first character, 万亿, 余多, a range dash
export const BRACKET = 128; // （ ( ） )

let table: Uint8Array | null = null;

export function charTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(65536);
  const mark = (chars: string, bit: number) => {
    for (const c of chars) t[c.charCodeAt(0)] = (t[c.charCodeAt(0)] as number) | bit;
  };
  for (let c = 0x30; c <= 0x39; c++) t[c] = NUM_START;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = NUM_START;
  mark('〇零一二两三四五六七八九十', NUM_START);
  mark('，,、;；。：:！？!?\n\r', CLAUSE);
  mark('。！？!?\n\r', SENTENCE);
  mark('\n\r', LINE);
  mark('“《「『', QUOTE_OPEN);
  mark('”》」』', QUOTE_CLOSE);
  mark('（()）', BRACKET);
  for (const u of UNITS) mark(u.unit[0] as string, FOLLOWS_NUMBER);
  mark('十百千万亿余多', FOLLOWS_NUMBER);
  mark(RANGE_SEPARATORS, FOLLOWS_NUMBER);
  table = t;
  return t;
}

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
  return ((charTable()[c] as number) & CLAUSE) !== 0;
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
