/**
 * Shares in words and fractions, in percent: 九成 (tenths), 三分之一 (a fraction in words), 1/3
 * (an Arabic fraction), 百分之九十五 (a rate in words). Each reader fills the candidate's record
 * and returns where its span ends, or -1 when what is written is no share; the scanner measures it.
 */
import { charSet } from '../text/space.js';
import { NUM_START, charTable } from './char-table.js';
import { isClauseBoundary, isClosingBracket, isDigit, isLetter } from './chars.js';
import { excludedByPrefix } from './exclude.js';
import { lexNumber, numberValue, tokenTooLong, type NumberToken } from './number.js';
import { fillUnit, type Quantity } from './quantity.js';
import { unitDef } from './unit.js';

const BACK = 16; // how far back the words saying an Arabic fraction is a share are looked for
// What says that an Arabic fraction after it is a share: 占, 比重, or a qualifier right before it.
const SHARE_BEFORE = /占|比重|比例|份额|[的近约超逾过达]$/;
// What may follow the 成 of tenths: a suffix qualifier (以上, 左右), 的, 上下; and the second
// characters of the words 成 starts (成立 成为 成果 成效 成员 …), which no tenths are followed by.
const TENTHS_AFTER = charSet('以左的上');
const WORD_AFTER_CHENG = charSet('立不为熟果功效本员就交长都型品绩分年人才片网套规体建色败');

/** A share num/den in percent, to two decimals as a report writes it: 三分之一 and 1/3 → 33.33. */
function sharePercent(num: number, den: number): number {
  return Math.round((num / den) * 10000) / 100;
}

/**
 * 九成, 近七成企业, 八成以上, 七成多 at `at` (the numeral lexed into `q.tok`): tenths. Not where 成
 * starts a word (三成立, 一成不变), and 一成 only standing alone: 统一成…, 唯一成… are words.
 */
export function readTenths(text: string, q: Quantity, at: number): number {
  const tenths = numberValue(text, at, q.tok.end, q.tok.chinese);
  const after = q.tok.end + 1;
  const c = text.charCodeAt(after);
  const inner = c === 0x591a /* 多 */ || c === 0x4f59 /* 余 */ ? (text[after] as string) : null;
  const alone = after >= text.length || inner !== null || isClauseBoundary(c) || isClosingBracket(c) || TENTHS_AFTER.has(c);
  if (!(tenths >= 1 && tenths <= 10) || !(alone || (tenths >= 2 && !WORD_AFTER_CHENG.has(c)))) return -1;
  // The 多 of 七成多 is inside the span, as the 余 of 1600余次 is.
  const to = inner ? after + 1 : after;
  return fillUnit(q, Number((tenths * 10).toPrecision(12)), unitDef('%'), '', to, inner) ? to : -1;
}

/** 三分之一, 五分之四 at `at` (the denominator lexed into `q.tok`; `spare` lexes the numerator). */
export function readFraction(text: string, end: number, q: Quantity, spare: NumberToken, at: number): number {
  const den = numberValue(text, at, q.tok.end, q.tok.chinese);
  const numeral = q.tok.end + 2;
  if (text.charCodeAt(numeral - 1) !== 0x4e4b /* 之 */ || numeral >= end || !((charTable()[text.charCodeAt(numeral)] as number) & NUM_START)) return -1;
  const tok = lexNumber(text, numeral, end, spare);
  if (tok.digitByDigit || tokenTooLong(tok) || tok.end !== tok.coreEnd) return -1;
  const num = numberValue(text, numeral, tok.end, tok.chinese);
  if (!(den >= 2 && num > 0 && num <= den)) return -1;
  return fillUnit(q, sharePercent(num, den), unitDef('%'), '', tok.end, null) ? tok.end : -1;
}

/**
 * 占全国1/3, 近1/6 at `at` (the numerator lexed into `q.tok`): numerator, slash, denominator.
 * Dates (2024/1/3) and codes (3/2/1) fail the checks: a proper fraction, no slash or digit on
 * either side.
 */
export function readArabicFraction(text: string, end: number, q: Quantity, spare: NumberToken, at: number, clauseStart: number): number {
  if (at > 0) {
    const b = text.charCodeAt(at - 1);
    if (b === 0x2f || b === 0x2e || isDigit(b)) return -1;
  }
  const num = numberValue(text, at, q.tok.end, false);
  const denStart = q.tok.end + 1;
  if (denStart >= end || !isDigit(text.charCodeAt(denStart))) return -1;
  const tok = lexNumber(text, denStart, end, spare);
  if (tok.chinese || tok.digitByDigit || tokenTooLong(tok) || tok.end !== tok.coreEnd) return -1;
  const after = text.charCodeAt(tok.end);
  if (after === 0x2f || after === 0x2e || isLetter(after)) return -1;
  const den = numberValue(text, denStart, tok.end, false);
  if (!(Number.isInteger(num) && Number.isInteger(den) && den >= 2 && num > 0 && num < den)) return -1;
  if (excludedByPrefix(text, at, false)) return -1;
  // A date (3/15召开) is written the same way: a share is said to be one (占全国1/3, 超1/4).
  if (!SHARE_BEFORE.test(text.slice(Math.max(clauseStart, at - BACK), at))) return -1;
  return fillUnit(q, sharePercent(num, den), unitDef('%'), '', tok.end, null) ? tok.end : -1;
}

/** 百分之 or 千分之 followed by a numeral, at `at`. */
export function isRateInWords(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (
    (c === 0x767e /* 百 */ || c === 0x5343 /* 千 */) &&
    text.charCodeAt(at + 1) === 0x5206 /* 分 */ &&
    text.charCodeAt(at + 2) === 0x4e4b /* 之 */ &&
    (((charTable()[text.charCodeAt(at + 3)] as number) & NUM_START) !== 0 || text.charCodeAt(at + 3) === 0x767e) // 百分之百
  );
}

/** 百分之九十五, 千分之三 at `at`, the numeral after the words, read into `q`; false when none. */
export function readRateInWords(text: string, end: number, q: Quantity, at: number): boolean {
  const numeral = at + 3;
  const tok = lexNumber(text, numeral, end, q.tok);
  if (!tok.chinese || tok.digitByDigit || tokenTooLong(tok) || tok.end !== tok.coreEnd) return false;
  const value = numberValue(text, numeral, tok.end, true);
  return fillUnit(q, value, unitDef(text.charCodeAt(at) === 0x5343 /* 千 */ ? '‰' : '%'), '', tok.end, null);
}
