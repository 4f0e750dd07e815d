import { isClauseBoundary, isClosingBracket, isDigit, isLetter } from './chars.js';
import type { UnitDef } from './unit.js';

/**
 * Numbers that are not quantities: ordinals, names and slogans. Years and dates need no rule —
 * 年 月 日 are not units — so what is left is built on what surrounds the number, not on a list of
 * the seed's phrases.
 */

/**
 * The character before the number makes it part of a name or an ordinal: 第一批, 第十二届;
 * 5G, C919, PM2.5 (a letter on either side); 数十家, 几百人 (vague, not counted); 1+N, 7×24.
 */
export function excludedByPrefix(text: string, start: number, chinese: boolean): boolean {
  if (start === 0) return false;
  const c = text.charCodeAt(start - 1);
  if (isLetter(c)) return true;
  // 第 + ＋ × # №, and before a Chinese numeral 数 几 好 周 星 (by code: no string per character).
  if (c === 0x7b2c || c === 0x2b || c === 0xff0b || c === 0xd7 || c === 0x23 || c === 0x2116) return true;
  // 7*24 multiplies; the ** of Markdown bold (**1286.4亿元**) sets a figure off.
  if (c === 0x2a) return start >= 2 && isDigit(text.charCodeAt(start - 2));
  if (chinese && (c === 0x6570 || c === 0x51e0 || c === 0x597d || c === 0x5468 || c === 0x661f)) return true;
  return false;
}

/** A letter right after the number or unit: 5G, 3D, 5A级, 10kV. */
export function excludedBySuffix(text: string, end: number): boolean {
  return end < text.length && isLetter(text.charCodeAt(end));
}

// 十二届全国人大四次会议, 十五届十次全会: a session is named by 届 … 次 会议/全会.
const SESSION_AFTER = /^(?:会议|全会|全体会议|常委会|代表大会)/;

export function isSessionName(text: string, start: number, unitEnd: number, unit: string): boolean {
  if (unit !== '次') return false;
  if (!SESSION_AFTER.test(text.slice(unitEnd, unitEnd + 4))) return false;
  const from = Math.max(0, start - 12);
  return text.slice(from, start).includes('届');
}

/**
 * A slogan formula: 1名村(居)法律顾问+N名法律明白人, 1+X. A '+' later in the same clause means the
 * number names a pattern, not a count.
 */
export function isFormula(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 16);
  for (let i = end; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2b || c === 0xff0b) return true;
    if (isClauseBoundary(c)) return false;
  }
  return false;
}

/** 十四五期间 without quotes: a plan period, not 5 期. */
export function isPlanPeriod(text: string, unitEnd: number, unit: string): boolean {
  return unit === '期' && text[unitEnd] === '间';
}

/**
 * Chinese numerals are counted only when the phrasing is a count: with 余/多 (十余家), large
 * (一百二十件, 两万人次), or 2+ and ending the clause (十五件。, 研究法治工作三次，). Small ones
 * with a classifier and a noun are names and set phrases (三张清单, 两个方面, 三项制度, 一次性,
 * 三期叠加, 十项措施), except a change such as 增长一倍.
 */
export function chineseCounts(value: number, hasInner: boolean, closesClause: boolean, isChange: boolean): boolean {
  if (hasInner) return true;
  if (value >= 100) return true;
  // A count that ends its clause (研究法治工作三次，): not 一, which says "a" more often than
  // "one" (一批, 一次).
  if (value >= 2 && closesClause) return true;
  return isChange;
}

/** Whether `at` ends a clause: end of text, a clause boundary, or a closing bracket before one. */
export function closesClause(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  if (isClauseBoundary(c)) return true;
  // ） ) ” 》 closing right before a clause boundary.
  return (isClosingBracket(c) || c === 0x201d || c === 0x300b) && (at + 1 >= text.length || isClauseBoundary(text.charCodeAt(at + 1)));
}

// Units that measure a property of each thing rather than count things: with 以上/以下 and a noun
// after, they class the noun (65岁以上老年人, 30万千瓦以下煤电机组, 年营业收入5亿元以上的企业).
const CLASSING_KINDS: ReadonlySet<UnitDef['kind']> = new Set(['money', 'energy', 'mass', 'area', 'length', 'volume']);

/**
 * A threshold that classes the noun after it, not a quantity of the report: 65岁及以上老年人,
 * 10亿元以上项目. Counts stay quantities even so: 1000万以上农村贫困人口, 2100万人次以上农民工 count
 * the people.
 */
export function isThreshold(text: string, unitEnd: number, def: UnitDef | null): boolean {
  if (!def || !(def.base === '岁' || CLASSING_KINDS.has(def.kind))) return false;
  let i = unitEnd;
  if (text.charCodeAt(i) === 0x53ca /* 及 */) i++;
  const c0 = text.charCodeAt(i);
  // 以上 or 以下
  if (c0 !== 0x4ee5 || (text.charCodeAt(i + 1) !== 0x4e0a && text.charCodeAt(i + 1) !== 0x4e0b)) return false;
  const next = text.charCodeAt(i + 2);
  // A noun or 的 follows (a CJK ideograph); a clause boundary would end the figure instead.
  return next >= 0x4e00 && next <= 0x9fff;
}

/**
 * A class of scale, not a quantity: 30万吨级航道, 五百亿级产业, 千万千瓦级基地. 级 right after the
 * unit makes the figure an adjective of size.
 */
export function isScaleClass(text: string, unitEnd: number): boolean {
  return text.charCodeAt(unitEnd) === 0x7ea7 /* 级 */;
}
