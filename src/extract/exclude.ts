import { isClauseBoundary, isClosingBracket, isDigit, isLetter } from './chars.js';
import type { UnitDef } from './unit.js';
import { charSet } from '../text/space.js';

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
  // 如车之两轮、鸟之两翼: a numeral after 之 is literary, never a count (三分之一 is read whole).
  if (chinese && c === 0x4e4b) return true;
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
 * A slogan formula: 1名村(居)法律顾问+N名法律明白人, “1+3”, “15+N”. A '+' later in the same clause
 * followed by a number (3, 八, N, X) means the figure names a pattern, not a count. A '+' joining
 * words names a programme (“互联网+政务服务”, 建设100个5G+智慧工厂) and the figure before it counts.
 */
export function isFormula(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 16);
  for (let i = end; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x2b || c === 0xff0b) && numberFollows(text, i + 1)) return true;
    if (isClauseBoundary(c)) return false;
  }
  return false;
}

// The numerals a formula's other terms are written with: 1+N, 1+X, 3+2, “1+八”.
const FORMULA_NUMERAL = charSet('一二两三四五六七八九十');

/** Whether a term of a formula starts at `at`: a digit, a numeral, or a lone letter (N, X) not starting a word (AI). */
function numberFollows(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (isDigit(c) || FORMULA_NUMERAL.has(c)) return true;
  return isLetter(c) && !isLetter(text.charCodeAt(at + 1));
}

/**
 * 3人制篮球场, 5人制足球: the size of a team names a format, not people counted. 人 before a verb
 * of 制 (12人制定方案, 制订, 制作, 制止) still counts.
 */
export function isTeamFormat(text: string, unitEnd: number, unit: string): boolean {
  return unit === '人' && text[unitEnd] === '制' && !VERB_AFTER_ZHI.has(text.charCodeAt(unitEnd + 1));
}

const VERB_AFTER_ZHI = charSet('定订作止度');

/** 十四五期间 without quotes: a plan period, not 5 期. */
export function isPlanPeriod(text: string, unitEnd: number, unit: string): boolean {
  return unit === '期' && text[unitEnd] === '间';
}

/**
 * Chinese numerals are counted only when the phrasing is a count: with 余/多 (十余家), large
 * (一百二十件, 两万人次), 2+ and ending the clause (十五件。, 研究法治工作三次，), or 2+ before a
 * noun that the report's work counts (`countsWork`). Other small ones with a classifier and a noun
 * are names and set phrases (三张清单, 两个方面, 三项制度, 一次性, 三期叠加, 十项措施), except a change
 * such as 增长一倍.
 */
export function chineseCounts(value: number, hasInner: boolean, closesClause: boolean, isChange: boolean, countsWork = false): boolean {
  if (hasInner) return true;
  if (value >= 100) return true;
  // A count that ends its clause (研究法治工作三次，): not 一, which says "a" more often than
  // "one" (一批, 一次).
  if (value >= 2 && (closesClause || countsWork)) return true;
  return isChange;
}

// Slogans and set phrases written with a small numeral and a classifier: never counts, whatever
// follows. (Most are quoted, and a quotation is no figure anyway; these are the ones that appear
// without quotes as well.)
const SLOGANS = [
  '两个维护', '两个确立', '四个意识', '四个自信', '四个全面', '三个务必', '三个代表', '两个一百年',
  '两个毫不动摇', '两个积极性', '两个市场', '两种资源', '八项规定', '三项制度', '三次产业', '五位一体',
  '两个大局', '三个转变', '两个结合', '五个必由之路', '三大攻坚战',
];

// Nouns of the report's work that a small numeral counts (四个牵头单位, 五项检查计划, 含四个片区):
// units, bodies, places and plans, the head of a short noun phrase after the classifier.
const WORK_NOUNS = [
  '单位', '部门', '机关', '机构', '企业', '项目', '计划', '方案', '片区', '乡镇', '街道', '社区', '村',
  '园区', '基地', '试点', '案件', '事项', '窗口', '专班', '工作组', '督导组', '检查组', '小组', '站点',
];
const NOUN_REACH = 4; // how far after the classifier the counted noun may start (四个牵头单位)
// Classifiers that count things. 期 类 级 轮 批 number phases, classes and rounds (二期项目,
// 二类事业单位, 二轮延包试点), and 次 counts actions, not the noun after it.
const COUNTING = charSet('个项家名支所座件条户位处套');
// A list goes on past these: 三期等3296个项目, 二期和56个公园 are no tally of the first figure.
const LIST_GOES_ON = charSet('等和及与、');

/**
 * Whether a small Chinese numeral with its classifier, text[start, unitEnd), counts the report's
 * work, as decided by what follows: a noun of WORK_NOUNS within a short phrase (四个牵头单位,
 * 五项检查计划), or a tally in which an Arabic figure follows the noun (五个方面21项措施). Never a
 * slogan of SLOGANS (两个维护, 四个意识).
 */
export function countsWork(text: string, start: number, unitEnd: number): boolean {
  // 二 before a classifier numbers (二期, 二类); a count of two is written 两.
  if (unitEnd - start === 2 && text.charCodeAt(start) === 0x4e8c /* 二 */) return false;
  if (!COUNTING.has(text.charCodeAt(unitEnd - 1))) return false;
  for (const s of SLOGANS) if (text.startsWith(s, start)) return false;
  const limit = Math.min(text.length, unitEnd + NOUN_REACH + 3);
  for (let i = unitEnd; i < limit; i++) {
    const c = text.charCodeAt(i);
    // 五个方面21项措施: a tally, the noun followed by a count of its own (not 两项指标均为100%).
    if (i > unitEnd && isDigit(c)) {
      let j = i;
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
      return i - unitEnd <= NOUN_REACH && COUNTING.has(text.charCodeAt(j));
    }
    if (!(c >= 0x4e00 && c <= 0x9fff) || LIST_GOES_ON.has(c)) return false; // a clause ends, a quotation opens
    if (i - unitEnd <= NOUN_REACH) for (const noun of WORK_NOUNS) if (text.startsWith(noun, i)) return true;
  }
  return false;
}

/**
 * A distance that marks out a place, not a quantity of the report: 学校周边50米内, 200米范围内,
 * 1公里以内的商户.
 */
export function isWithinDistance(text: string, unitEnd: number, def: UnitDef | null): boolean {
  if (def?.kind !== 'length') return false;
  const c = text.charCodeAt(unitEnd);
  if (c === 0x5185 /* 内 */) return true;
  if (c === 0x8303 /* 范 */ && text.charCodeAt(unitEnd + 1) === 0x56f4 /* 围 */) return true;
  // 以内, 之内 followed by a noun or 的: the place within (控制在5米以内。 bounds a figure instead).
  if ((c === 0x4ee5 || c === 0x4e4b) && text.charCodeAt(unitEnd + 1) === 0x5185) {
    const next = text.charCodeAt(unitEnd + 2);
    return next >= 0x4e00 && next <= 0x9fff;
  }
  return false;
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
 * A threshold written before its noun with 过 (or 超过) and 的: 产值过10亿元的重大增长点,
 * 投资超过1亿元的项目 class the points and the projects; the figures are not the report's.
 */
export function isThresholdAfterOver(text: string, start: number, unitEnd: number, def: UnitDef | null): boolean {
  if (!def || !CLASSING_KINDS.has(def.kind)) return false;
  if (text.charCodeAt(start - 1) !== 0x8fc7 /* 过 */) return false;
  // 经过, 通过, 度过 are verbs of their own; 超过 and a bare 过 say "over".
  const word = text.charCodeAt(start - 2);
  if (word === 0x7ecf /* 经 */ || word === 0x901a /* 通 */ || word === 0x5ea6 /* 度 */) return false;
  if (text.charCodeAt(unitEnd) !== 0x7684 /* 的 */) return false;
  const next = text.charCodeAt(unitEnd + 1);
  return next >= 0x4e00 && next <= 0x9fff;
}

/**
 * A class of scale, not a quantity: 30万吨级航道, 五百亿级产业, 千万千瓦级基地. 级 right after the
 * unit makes the figure an adjective of size.
 */
export function isScaleClass(text: string, unitEnd: number): boolean {
  return text.charCodeAt(unitEnd) === 0x7ea7 /* 级 */;
}
