import type { IndicatorKind, UnitKind } from '../schema/indicator.js';
import type { TextRange } from '../text/facts.js';
import { charSet } from '../text/space.js';
import { createCatalogueMatcher, type MatchInput } from '../catalogue/match.js';
import { BRACKET, CLAUSE, FOLLOWS_NUMBER, LINE, NUM_START, QUOTE_CLOSE, QUOTE_OPEN, SENTENCE, charTable } from './char-table.js';
import { isBigMagnitude, isClauseBoundary, isClosingBracket, isDigit, isLetter, isMagnitudeChar, isOpeningBracket } from './chars.js';
import { changeVerb, comparison, directionOf, findReference, rateOfChange, type Direction } from './change.js';
import {
  chineseCounts,
  closesClause,
  countsWork,
  excludedByPrefix,
  excludedBySuffix,
  isFormula,
  isPlanPeriod,
  isScaleClass,
  isSessionName,
  isThreshold,
  isThresholdAfterOver,
  isWithinDistance,
} from './exclude.js';
import { TO_LEVEL, carryLabel, clauseBefore, cleanLabel, joinLabel, labelAfter, labelParts, totalOf, type LabelParts } from './label.js';
import { lexNumber, newToken, numberValue, spaceBeforeUnit, tokenTooLong, type NumberToken } from './number.js';
import { approxOf, innerQualifierAt, isApproxSuffix, prefixQualifier, suffixQualifierAt } from './qualifier.js';
import { rangeSeparatorAt } from './range.js';
import { findTargetCue, targetBound, type Bound } from './target.js';
import { MEDALS, RATIO_SEPARATORS, YEARS, magnitudeAt, magnitudeValue, matchUnit, newUnitMatch, unitDef, type UnitDef, type UnitMatch } from './unit.js';

/** An indicator as offsets, before positions and sections are attached. */
export interface RawIndicator {
  kind: IndicatorKind;
  start: number;
  end: number;
  value: number;
  unit: string;
  unitKind: UnitKind;
  base: { value: number; unit: string };
  approx: string | null;
  label: string;
  key?: string | undefined;
  change?: { direction: Direction; reference: string | null } | undefined;
  range?: { low: number; high: number } | undefined;
  target?: { bound: Bound } | undefined;
  ratio?: { left: number; right: number } | undefined;
}

/** A number with what directly follows it (余/多, the unit); one reusable record per role. */
interface Quantity {
  tok: NumberToken;
  /** The value as written, in the unit as written. */
  value: number;
  inner: string | null;
  hasUnit: boolean;
  unit: UnitMatch;
  /** End of the quantity: after the unit, or after 余/多 when no unit follows. */
  end: number;
  /** Whether the value carries a 万/亿 (10万余 may stand without a unit; 1600余 may not). */
  scaled: boolean;
}

/** What the next figure may need of the previous one: its place and label. */
interface Previous {
  end: number;
  sentenceStart: number;
  label: string;
  /**
   * The label's part before the number (全市辖 of 全市辖17个区): a figure listed after it with a
   * noun of its own (、2个县) takes this and its own noun, not the whole label.
   */
  stem: string;
  /** Computed when a later figure first needs it. */
  parts: LabelParts | null;
  change: RawIndicator['change'];
  /** Inside a parenthesis (其中复议12件，诉讼8件) when it was read. */
  inParenthesis: boolean;
}

/** Fills a figure's record (made on first use) for the figures after it. */
function remember(
  into: Previous | null,
  end: number,
  sentenceStart: number,
  label: string,
  stem: string,
  change: RawIndicator['change'],
  inParenthesis: boolean,
): Previous {
  const r = into ?? { end: 0, sentenceStart: 0, label: '', stem: '', parts: null, change: undefined, inParenthesis: false };
  r.end = end;
  r.sentenceStart = sentenceStart;
  r.label = label;
  r.stem = stem;
  r.parts = null;
  r.change = change;
  r.inParenthesis = inParenthesis;
  return r;
}

const BACK = 16; // how far back qualifiers, change verbs and comparison bases are looked for
const REFERENCE_BACK = 30; // how far back a comparison base (比上年, 较2024年) is looked for
const LIST_NOUN = 12; // the longest item of a 、 list that is a noun of the label after it (城镇职工基本养老保险、…)
const TOPIC_BACK = 150; // how far back an elided subject (行政复议) is looked for
const QUOTE_REACH = 40; // a quotation longer than this is prose, not a name
// A comparison without a change verb ends in one of these (比去年预算低0.4个百分点).
const MAY_COMPARE = /[低高快慢少多]$/;
const CONNECTOR = /^(?:和|及|与|、|以及|或)$/;
const LIST_JOIN = /(?:和|及|与|以及)$/;
const OF_SCOPE = 2; // the longest label before a figure that is only its scope (全县, 全市)
// Cells of one table row: Markdown (| 法律援助案件 | 1,204件 | 1,356件 |), or tab-separated as
// a table pasted from a word processor is (法律援助案件\t1,204件\t1,356件).
const NEXT_CELL = /^ *(?:\||\t+) *$/;
const TOTAL = /^(?:总计|合计|共计|累计|一共|总共)(?:分别)?(?:达到|达|为)?$/;
const RESTATED = /^(?:达到|达|为|是|突破|超过|超|逾)$/;
// What says that an Arabic fraction after it is a share: 占, 比重, or a qualifier right before it.
const SHARE_BEFORE = /占|比重|比例|份额|[的近约超逾过达]$/;
// What says that a colon between two numbers is a ratio (城乡居民收入比2.04∶1, 师生之比), not a
// clock time (9:30); 比赛 is no ratio.
const RATIO_BEFORE = /比(?!赛)/;
// A length of time named before a figure in years (平均受教育年限13.5年, 工龄满20年); elsewhere
// 年 after a number is a year.
const DURATION_BEFORE = /年限|工龄|学制|年数/;
const DURATION_BACK = 24;
// After the 年 of a year, never of a duration: 2025年底, 年末, 年度, 年代, 年级 …
const NOT_DURATION_AFTER = charSet('底末度初前后代级内中间来');
// A medal tally, in order: 4金1银1铜; each part counts its medal.
const MEDAL_ORDER = '金银铜';
const MEDAL_NOUN: Readonly<Record<string, string>> = { 金: '金牌', 银: '银牌', 铜: '铜牌' };
// 上 says "of the order of" before a magnitude (上亿人, 上千万群众) except as the end of a word
// (迈上万亿台阶, 基础上, 线上).
const NOT_BEFORE_UP = charSet('迈登走跨踏爬之以线会础面向马路加赶');

function newQuantity(): Quantity {
  return { tok: newToken(), value: 0, inner: null, hasUnit: false, unit: newUnitMatch(), end: 0, scaled: false };
}

/** Every indicator of text[start, end), in text order. */
export function scanRaw(text: string, start = 0, end = text.length): RawIndicator[] {
  const out: RawIndicator[] = [];
  scanText(text, start, end, (raw) => {
    const copy: RawIndicator = { ...raw };
    if (copy.key === undefined) delete copy.key;
    if (copy.change === undefined) delete copy.change;
    if (copy.range === undefined) delete copy.range;
    if (copy.target === undefined) delete copy.target;
    if (copy.ratio === undefined) delete copy.ratio;
    out.push(copy);
  });
  return out;
}

/**
 * The scanner: one pass over text[start, end), calling `emit` for each indicator in text order
 * with a record that is reused for the next one (copy what you keep).
 * Each character is visited a bounded number of times — the hot loop reads one table entry per
 * character, numbers are lexed once, and every look-behind is over a fixed-size window — so the
 * time is linear in the input whatever it holds. Callers that build their own objects
 * (extractIndicators) use this so that no intermediate array is kept alive.
 */
export function scanText(
  text: string,
  start: number,
  end: number,
  emit: (raw: RawIndicator) => void,
  /** Ranges whose figures are goals (the bodies of headings such as 2025年主要预期目标), in text order. */
  goals: readonly TextRange[] = [],
  /** Ranges whose figures are the year's results (the bodies of headings such as 2025年工作回顾), in text order. */
  results: readonly TextRange[] = [],
): void {
  const table = charTable();
  let clauseStart = start;
  let listItem = start; // where the item after the clause's last 、 began
  let clauseBeforeQuote = start; // where the clause of the open quotation began
  let bracketOpen = -1; // an open （ of this sentence, and where its clause began
  let clauseBeforeBracket = start;
  let sentenceStart = start;
  let topicStart = start;
  let quoteOpen = -1;
  let prev: Previous | null = null;
  // The last figure outside any parenthesis: a figure after a closed one (…（其中复议12件，诉讼8件），
  // 同比增长5%) continues the sentence's own figure, not the last one in the parenthesis.
  let outer: Previous | null = null;
  // Target cues, searched once per sentence: up to `cueTo` nothing was found yet.
  let cueSentence = -1;
  let cueTo = 0;
  let cueFound = false;
  // Reused records: the first number of a candidate and the second of a range.
  const qa = newQuantity();
  const qb = newQuantity();
  const raw: RawIndicator = {
    kind: 'quantity', start: 0, end: 0, value: 0, unit: '', unitKind: 'count', base: { value: 0, unit: '' },
    approx: null, label: '', key: undefined, change: undefined, range: undefined, target: undefined, ratio: undefined,
  };
  // Set while a ratio or the part of a medal tally is measured: what `measure` records of it.
  let ratio: { left: number; right: number } | null = null;
  let medal: string | null = null;
  let tallySubject: string | null = null;
  // The labels of the sentence's figures that are not changes, in order, and a list of changes
  // that goes with the last of them one by one (分别增长12.3%和15.6%).
  const levels: string[] = [];
  let levelsSentence = -1;
  let respective: { labels: string[]; next: number; rest: string } | null = null;
  let listed: { items: string[]; next: number; word: string } | null = null;
  // Whether the last figure ends after `at` (a function: tryAt, a closure, is what sets prev).
  const figureEndsAfter = (at: number): boolean => prev !== null && prev.end > at;
  // The candidate being matched against the catalogue, for the lazily computed topic.
  let topicAt = 0;
  const topicOf = (): string => text.slice(Math.max(topicStart, topicAt - TOPIC_BACK), topicAt);
  const matchCatalogue = createCatalogueMatcher();
  // One record, filled in place for each figure: the matcher reads it and keeps nothing.
  const matchInput: MatchInput = { label: '', kind: 'quantity', unitKind: 'count', unit: '', baseValue: 0, topic: topicOf };
  // Clauses and labels recur (the same wording in every item of a kind, and across reports):
  // cleaning is memoised by raw clause, and each distinct label is kept once, so the figures
  // share one string instead of each holding its own copy. Per scan, so nothing outlives it.
  const cleaned = new Map<string, string>();
  const labels = new Map<string, string>();
  const labelBefore = (from: number, to: number): string => {
    const clause = clauseBefore(text, from, to);
    let s = cleaned.get(clause);
    if (s === undefined) cleaned.set(clause, (s = cleanLabel(clause)));
    return s;
  };

  /** Reads what follows the lexed number in `q.tok`; false when it cannot be a quantity. */
  const readQuantity = (q: Quantity): boolean => {
    const tok = q.tok;
    const at = tok.start;
    if (tokenTooLong(tok) || tok.digitByDigit) return false;
    // 3 个, 470 余人次: a space typed between number and unit. The figure is read as written and
    // its span keeps the space; the spacing rule reports the space itself.
    const gap = spaceBeforeUnit(text, tok) ? 1 : 0;
    const inner = innerQualifierAt(text, tok.end + gap);
    let valueEnd: number;
    let p: number;
    if (inner) {
      // 10万余次: the magnitude before the qualifier is part of the value.
      p = tok.end + gap + 1;
      valueEnd = tok.end;
      const last = text[tok.end - 1];
      if ((last === '千' || last === '百' || last === '十') && text[p] === '万' && text.slice(at, tok.end).includes('亿')) {
        // 1亿3千多万: the 万 after the qualifier scales the 3千, not the whole number.
        q.value = numberValue(text.slice(at, tok.end) + '万', 0, tok.end - at + 1, tok.chinese);
        p++;
      } else {
        q.value = numberValue(text, at, valueEnd, tok.chinese);
      }
    } else {
      // 82.7万亿元: a trailing 万/亿 belongs to the unit as written.
      p = tok.coreEnd + gap;
      valueEnd = tok.coreEnd;
      q.value = numberValue(text, at, valueEnd, tok.chinese);
    }
    if (!Number.isFinite(q.value)) return false;
    q.inner = inner;
    // After 批 (首批12家长三角创新联合体) a count follows: 家 is its unit even before 长.
    q.hasUnit = matchUnit(text, p, q.unit, at > 0 && text.charCodeAt(at - 1) === 0x6279 /* 批 */);
    if (gap && !q.hasUnit && !inner) return false;
    q.end = q.hasUnit ? q.unit.end : inner ? p : tok.end;
    let scaled = false;
    for (let k = at; k < valueEnd && !scaled; k++) scaled = isBigMagnitude(text.charCodeAt(k));
    q.scaled = scaled;
    return true;
  };

  const inGoals = rangeCursor(goals);
  const inResults = rangeCursor(results);

  const targetCue = (at: number): boolean => {
    if (cueSentence !== sentenceStart) {
      cueSentence = sentenceStart;
      cueTo = sentenceStart;
      cueFound = false;
    }
    if (!cueFound && at > cueTo) {
      // Overlap a few characters so a cue word cut by the previous search is still seen.
      cueFound = findTargetCue(text.slice(Math.max(sentenceStart, cueTo - 5), at));
      cueTo = at;
    }
    return cueFound;
  };

  const insideQuotes = (from: number, to: number): boolean => {
    if (quoteOpen < 0 || from - quoteOpen > QUOTE_REACH) return false;
    const limit = Math.min(end, to + QUOTE_REACH);
    for (let k = to; k < limit; k++) {
      const cls = table[text.charCodeAt(k)] as number;
      if (cls & QUOTE_CLOSE) return true;
      if (cls & (SENTENCE | QUOTE_OPEN)) return false;
    }
    return false;
  };

  /** 一是 / （一） / 一、 open a new topic: an elided subject is not looked for before them. */
  const noteMarker = (at: number, tokEnd: number): void => {
    // By char code: text[i] would make a string of each character. 一是 一、 and （一）.
    const next = text.charCodeAt(tokEnd);
    if ((next === 0x662f || next === 0x3001) && at === clauseStart) topicStart = at;
    else if (at > 0 && isClosingBracket(next) && isOpeningBracket(text.charCodeAt(at - 1))) topicStart = at - 1;
  };

  /** Tries an indicator at `at`; returns where scanning resumes. */
  const tryAt = (at: number): number => {
    const tok = lexNumber(text, at, end, qa.tok);
    // Resuming after the whole run means a megabyte of digits is lexed once, not once per digit.
    const resume = Math.max(at + 1, tok.end);
    if (tok.chinese) noteMarker(at, tok.end);
    if (tok.end >= end) return resume;
    const next = text.charCodeAt(tok.end);
    // Shares in words: 三分之一, 九成.
    if ((next === 0x5206 /* 分 */ || next === 0x6210) /* 成 */ && tok.end === tok.coreEnd && !tok.digitByDigit && !excludedByPrefix(text, at, tok.chinese)) {
      const share = next === 0x6210 ? tryTenths(at) : tryFraction(at);
      if (share >= 0) return share;
    }
    // 分别下降1.2和0.8个百分点: the first of two numbers joined by 和 takes the unit of the second.
    if ((next === 0x548c /* 和 */ || next === 0x3001) /* 、 */ && !tok.chinese && tok.end === tok.coreEnd && ((table[text.charCodeAt(tok.end + 1)] as number) & NUM_START)) {
      const shared = tryUnitAfter(at);
      if (shared >= 0) return shared;
    }
    // 1/3, 超1/4: a share as an Arabic fraction, in percent.
    if (next === 0x2f /* / */ && !tok.chinese && tok.end === tok.coreEnd && !tok.digitByDigit) {
      const share = tryArabicFraction(at);
      if (share >= 0) return share;
    }
    if (!tok.chinese && tok.end === tok.coreEnd && !tok.digitByDigit) {
      // 2.04∶1, 1∶3.4: a ratio.
      if (next === 0x2236 /* ∶ */ || next === 0xff1a /* ： */ || next === 0x3a /* : */) {
        const r = tryRatio(at);
        if (r >= 0) return r;
      }
      // 平均受教育年限13.5年: years, where a length of time is named.
      if (next === 0x5e74 /* 年 */) {
        const r = tryYears(at);
        if (r >= 0) return r;
      }
      // 4金1银1铜: a medal tally.
      if (MEDAL_ORDER.includes(text[tok.end] as string)) {
        const r = tryMedals(at);
        if (r >= 0) return r;
      }
    }
    // Most numbers are followed by nothing a quantity needs (dates, codes, 1,1,1…): one table read.
    if (!((table[text.charCodeAt(tok.coreEnd)] as number) & FOLLOWS_NUMBER) && !spaceBeforeUnit(text, tok)) return resume;
    if (!readQuantity(qa)) return resume;
    if (excludedByPrefix(text, at, tok.chinese) && !classLetter(at, qa)) return resume;
    return measure(at, tok.chinese, resume);
  };

  /**
   * 新建A240个、B10个: one capital letter names a class and the count after it is a figure of
   * that class. Codes keep their letters (C919, PM2.5, G312线) and have no count unit.
   */
  const classLetter = (at: number, q: Quantity): boolean => {
    const c = text.charCodeAt(at - 1);
    if (!(c >= 0x41 && c <= 0x5a) || !q.hasUnit || q.unit.def?.kind !== 'count' || q.inner) return false;
    const b = at >= 2 ? text.charCodeAt(at - 2) : 0x3001;
    return b >= 0x3000 && !isLetter(b) && !isDigit(b);
  };

  /** The ratio at `at` (left side read into `qa`): 2.04∶1; -1 when it is none (9:30, 10:30:15). */
  const tryRatio = (at: number): number => {
    if (at > 0) {
      const b = text.charCodeAt(at - 1);
      if (isDigit(b) || isLetter(b) || b === 0x2e || b === 0x3a || b === 0xff1a || b === 0x2236) return -1;
    }
    const sepAt = qa.tok.end;
    const rightStart = sepAt + 1;
    if (rightStart >= end || !isDigit(text.charCodeAt(rightStart))) return -1;
    const right = lexNumber(text, rightStart, end, qb.tok);
    if (right.chinese || tokenTooLong(right) || right.end !== right.coreEnd) return -1;
    const after = text.charCodeAt(right.end);
    if (isDigit(after) || isLetter(after) || after === 0x2e || after === 0x3a || after === 0xff1a || after === 0x2236 || after === 0x2f) return -1;
    const left = numberValue(text, at, sepAt, false);
    const rightValue = numberValue(text, rightStart, right.end, false);
    if (!(left > 0 && rightValue > 0)) return -1;
    // Said to be a ratio (收入比, 比例), or shaped as one: a side of 1 against a decimal (1∶3.4).
    const said = RATIO_BEFORE.test(text.slice(Math.max(clauseStart, at - BACK), at));
    const shaped = (left === 1 || rightValue === 1) && !(Number.isInteger(left) && Number.isInteger(rightValue));
    if (!said && !shaped) return -1;
    if (!fillUnit(qa, Number((left / rightValue).toPrecision(12)), RATIO_SEPARATORS[text[sepAt] as string] ?? null, '', right.end, null)) return -1;
    ratio = { left, right: rightValue };
    const resumeAt = measure(at, false, right.end);
    ratio = null;
    return resumeAt;
  };

  /** A length of time in years at `at` (平均受教育年限从13.5年提高到14年); -1 when the 年 is a year's. */
  const tryYears = (at: number): number => {
    const unitEnd = qa.tok.end + 1;
    if (NOT_DURATION_AFTER.has(text.charCodeAt(unitEnd))) return -1;
    const value = numberValue(text, at, qa.tok.end, false);
    if (!(value > 0 && value < 100)) return -1;
    if (!DURATION_BEFORE.test(text.slice(Math.max(clauseStart, at - DURATION_BACK), at))) return -1;
    return fillUnit(qa, value, YEARS, '', unitEnd, null) ? measure(at, false, unitEnd) : -1;
  };

  /**
   * A medal tally at `at` (勇夺4金1银1铜, 取得1金1银): each part a figure of its medal, labelled
   * with the tally's subject; -1 when fewer than two parts follow each other in order (5金融机构).
   */
  const tryMedals = (at: number): number => {
    if (excludedByPrefix(text, at, false)) return -1;
    const parts: Array<{ start: number; end: number; value: number; medal: string }> = [];
    let p = at;
    let order = 0;
    while (p < end && isDigit(text.charCodeAt(p))) {
      const tok = lexNumber(text, p, end, qb.tok);
      if (tok.chinese || tok.end !== tok.coreEnd || tokenTooLong(tok)) break;
      const m = MEDAL_ORDER.indexOf(text[tok.end] as string);
      if (m < order) break;
      parts.push({ start: p, end: tok.end + 1, value: numberValue(text, p, tok.end, false), medal: text[tok.end] as string });
      order = m + 1;
      p = tok.end + 1;
    }
    if (parts.length < 2) return -1;
    tallySubject = null;
    let resumeAt = at + 1;
    for (const part of parts) {
      if (!fillUnit(qa, part.value, MEDALS[part.medal] ?? null, '', part.end, null)) break;
      medal = MEDAL_NOUN[part.medal] ?? null;
      resumeAt = Math.max(resumeAt, measure(part.start, false, part.end));
    }
    medal = null;
    tallySubject = null;
    return resumeAt;
  };

  /**
   * A magnitude that is its own numeral, at `at`: 上亿人, 近千万家庭, 率先破亿, 突破万亿, 百万户以上;
   * -1 when it is none. Said with 上 or a prefix qualifier; bare only as 百万/千万 before a count
   * unit. 万 alone is a figure only with a unit (上万家), as it begins words (万众, 万物).
   */
  const tryMagnitudeWord = (at: number): number => {
    const magnitude = magnitudeAt(text, at);
    if (!magnitude) return -1;
    if (at > start) {
      // 数百万, 几千万 are vague; a numeral right before was read with it.
      const b = text.charCodeAt(at - 1);
      if (((table[b] as number) & NUM_START) || isMagnitudeChar(b) || b === 0x6570 /* 数 */ || b === 0x51e0 /* 几 */) return -1;
    }
    const up = at - 1 >= start && text.charCodeAt(at - 1) === 0x4e0a /* 上 */ && !NOT_BEFORE_UP.has(text.charCodeAt(at - 2));
    const qualified = up || prefixQualifier(text.slice(Math.max(clauseStart, at - 4), at)) !== null;
    if (!matchUnit(text, at, qa.unit)) return -1;
    const def = qa.unit.def;
    if (qualified ? !def && magnitude === '万' : !(def?.kind === 'count' && (magnitude === '百万' || magnitude === '千万'))) return -1;
    qa.value = 1;
    qa.inner = up ? '上' : null;
    qa.hasUnit = true;
    qa.end = qa.unit.end;
    qa.scaled = false;
    // The span holds 上 as it holds 余 (上亿人); a qualifier before stays outside (近|亿人次).
    return measure(up ? at - 1 : at, false, qa.unit.end);
  };

  /**
   * The number at `at` (Arabic, read into `qa`) measured in the unit of the number after the 和
   * that follows it (1.2和0.8个百分点, 3和5万人); -1 when that one has no unit. The span is the
   * number alone: its unit is written once, after the second.
   */
  const tryUnitAfter = (at: number): number => {
    const numberEnd = qa.tok.end;
    const second = lexNumber(text, numberEnd + 1, end, qb.tok);
    if (second.chinese || second.digitByDigit || !readQuantity(qb) || !qb.hasUnit || qb.inner || !qb.unit.def) return -1;
    if (excludedByPrefix(text, at, false)) return -1;
    const value = numberValue(text, at, numberEnd, false);
    return fillUnit(qa, value, qb.unit.def, qb.unit.magnitude, numberEnd, null) ? measure(at, false, numberEnd) : -1;
  };

  // 百分之九十五, 千分之三: a rate in words, the numeral after the words.
  const tryRateInWords = (at: number): number => (readRateInWords(qa, at) ? measure(at, false, qa.end) : at + 3);

  /** Reads the rate in words at `at` (百分之 or 千分之 and a numeral) into `q`. */
  const readRateInWords = (q: Quantity, at: number): boolean => {
    const numeral = at + 3;
    const tok = lexNumber(text, numeral, end, q.tok);
    if (!tok.chinese || tok.digitByDigit || tokenTooLong(tok) || tok.end !== tok.coreEnd) return false;
    const value = numberValue(text, numeral, tok.end, true);
    return fillUnit(q, value, unitDef(text.charCodeAt(at) === 0x5343 /* 千 */ ? '‰' : '%'), '', tok.end, null);
  };

  // 三分之一, 五分之四: a share as a fraction, in percent; -1 when it is none.
  const tryFraction = (at: number): number => {
    const den = numberValue(text, at, qa.tok.end, qa.tok.chinese);
    const numeral = qa.tok.end + 2;
    if (text.charCodeAt(numeral - 1) !== 0x4e4b /* 之 */ || numeral >= end || !((table[text.charCodeAt(numeral)] as number) & NUM_START)) return -1;
    const tok = lexNumber(text, numeral, end, qb.tok);
    if (tok.digitByDigit || tokenTooLong(tok) || tok.end !== tok.coreEnd) return -1;
    const num = numberValue(text, numeral, tok.end, tok.chinese);
    if (!(den >= 2 && num > 0 && num <= den)) return -1;
    return fillUnit(qa, sharePercent(num, den), unitDef('%'), '', tok.end, null) ? measure(at, false, tok.end) : -1;
  };

  // 占全国1/3, 近1/6: numerator, slash, denominator; -1 when it is none. Dates (2024/1/3) and
  // codes (3/2/1) fail the checks: a proper fraction, no slash or digit on either side.
  const tryArabicFraction = (at: number): number => {
    if (at > 0) {
      const b = text.charCodeAt(at - 1);
      if (b === 0x2f || b === 0x2e || isDigit(b)) return -1;
    }
    const num = numberValue(text, at, qa.tok.end, false);
    const denStart = qa.tok.end + 1;
    if (denStart >= end || !isDigit(text.charCodeAt(denStart))) return -1;
    const tok = lexNumber(text, denStart, end, qb.tok);
    if (tok.chinese || tok.digitByDigit || tokenTooLong(tok) || tok.end !== tok.coreEnd) return -1;
    const after = text.charCodeAt(tok.end);
    if (after === 0x2f || after === 0x2e || isLetter(after)) return -1;
    const den = numberValue(text, denStart, tok.end, false);
    if (!(Number.isInteger(num) && Number.isInteger(den) && den >= 2 && num > 0 && num < den)) return -1;
    if (excludedByPrefix(text, at, false)) return -1;
    // A date (3/15召开) is written the same way: a share is said to be one (占全国1/3, 超1/4).
    if (!SHARE_BEFORE.test(text.slice(Math.max(clauseStart, at - BACK), at))) return -1;
    return fillUnit(qa, sharePercent(num, den), unitDef('%'), '', tok.end, null) ? measure(at, false, tok.end) : -1;
  };

  // 九成, 近七成企业, 八成以上, 七成多: tenths, in percent; -1 when it is none. Not where 成 starts
  // a word (三成立, 一成不变), and 一成 only standing alone: 统一成…, 唯一成… are words.
  const tryTenths = (at: number): number => {
    const tenths = numberValue(text, at, qa.tok.end, qa.tok.chinese);
    const after = qa.tok.end + 1;
    const c = text.charCodeAt(after);
    const inner = c === 0x591a /* 多 */ || c === 0x4f59 /* 余 */ ? (text[after] as string) : null;
    const alone = after >= text.length || inner !== null || isClauseBoundary(c) || isClosingBracket(c) || TENTHS_AFTER.has(c);
    if (!(tenths >= 1 && tenths <= 10) || !(alone || (tenths >= 2 && !WORD_AFTER_CHENG.has(c)))) return -1;
    // The 多 of 七成多 is inside the span, as the 余 of 1600余次 is.
    const to = inner ? after + 1 : after;
    return fillUnit(qa, Number((tenths * 10).toPrecision(12)), unitDef('%'), '', to, inner) ? measure(at, false, to) : -1;
  };

  /**
   * Fills `q` with a figure whose unit is not read after its number (a share in words, 三分之一;
   * a unit written once for two numbers, 1.2和0.8个百分点): `value` in `def` at `magnitude`,
   * the span ending at `to`. Measured as no Chinese count is: such a figure counts at any value.
   */
  const fillUnit = (q: Quantity, value: number, def: UnitDef | null, magnitude: string, to: number, inner: string | null): boolean => {
    if (!Number.isFinite(value) || !def) return false;
    q.value = value;
    q.inner = inner;
    q.hasUnit = true;
    q.unit.magnitude = magnitude;
    q.unit.def = def;
    q.unit.unit = magnitude + def.unit;
    q.unit.end = to;
    q.end = to;
    q.scaled = false;
    return true;
  };

  /** The number read into `qa` at `at`: its range, what surrounds it, its label and kind. */
  const measure = (at: number, chinese: boolean, resume: number): number => {
    const first = qa;

    // A range: 5%—8%, 200—300人, 63%～68%.
    let last: Quantity = first;
    let range = false;
    const sep = rangeSeparatorAt(text, first.end);
    if (sep && first.end + sep < end && ((table[text.charCodeAt(first.end + sep)] as number) & NUM_START)) {
      lexNumber(text, first.end + sep, end, qb.tok);
      if (
        readQuantity(qb) &&
        qb.hasUnit &&
        qb.unit.def &&
        qb.tok.chinese === chinese &&
        qb.value >= first.value &&
        (!first.hasUnit || (first.unit.def?.kind === qb.unit.def.kind && first.unit.magnitude === qb.unit.magnitude))
      ) {
        last = qb;
        range = true;
      }
    } else if (sep && first.unit.def && isRateInWords(text, first.end + sep, table)) {
      // 百分之二十至百分之三十
      if (readRateInWords(qb, first.end + sep) && qb.unit.def === first.unit.def && qb.value >= first.value) {
        last = qb;
        range = true;
      }
    }
    const hasUnit = last.hasUnit;
    if (!hasUnit && !(first.inner && first.scaled)) return resume;
    const unit = last.unit;
    const unitEnd = last.end;
    const unitText = hasUnit ? unit.unit : '';
    const def = hasUnit ? unit.def : null;
    if (excludedBySuffix(text, unitEnd)) return Math.max(resume, unitEnd);
    if (isThreshold(text, unitEnd, def) || isThresholdAfterOver(text, at, unitEnd, def) || isScaleClass(text, unitEnd) || isWithinDistance(text, unitEnd, def)) {
      return Math.max(resume, unitEnd);
    }
    if (hasUnit && (isSessionName(text, at, unitEnd, unitText) || isPlanPeriod(text, unitEnd, unitText))) return resume;
    if (isFormula(text, unitEnd)) return resume;
    if (insideQuotes(at, unitEnd)) return resume;

    // Context before the number: qualifier, change verb, comparison base.
    let before = text.slice(Math.max(clauseStart, at - BACK), at);
    const prefix = prefixQualifier(before);
    if (prefix) before = before.slice(0, before.length - prefix.length);
    const verb = changeVerb(before);
    const suffix = suffixQualifierAt(text, unitEnd);
    const afterEnd = suffix ? unitEnd + suffix.length : unitEnd;

    if (chinese) {
      const isChange = verb !== null && (def?.kind === 'multiple' || def?.kind === 'percent');
      const scaledValue = first.value * magnitudeValue(first.hasUnit ? first.unit.magnitude : '');
      const small = scaledValue >= 2 && scaledValue < 100 && Number.isInteger(scaledValue);
      if (!chineseCounts(scaledValue, first.inner !== null, closesClause(text, afterEnd), isChange, small && countsWork(text, at, unitEnd))) return resume;
    }

    const stated = first.inner ?? (prefix ? approxOf(prefix) : null);
    const sameSentence = prev !== null && prev.sentenceStart === sentenceStart;
    const sameClause = sameSentence && prev !== null && prev.end > clauseStart;
    // 分别增加1753万和2028万: the second figure shares the first's verb and label.
    const joined = sameSentence && prev !== null && at - prev.end <= 2 && CONNECTOR.test(text.slice(prev.end, at));

    // Label: the clause before the number, the counted noun after it, or what an elided clause
    // carries over from the previous figure of the sentence.
    const labelFrom = sameClause && prev ? Math.max(clauseStart, prev.end) : clauseStart;
    // Up to the prefix qualifier: 贡献率超过30% is counted as 贡献率, the 超过 goes to `approx`.
    // 2000所县级医院和2400所城市社区卫生服务中心: the words between two figures, up to a connector, are
    // the first one's noun, not the second's.
    const between = sameClause && prev !== null && at - prev.end <= LIST_NOUN + 2 ? text.slice(prev.end, at) : '';
    const nounOfPrev = between.length > 1 && prev !== null && LIST_JOIN.test(between) && prev.label.endsWith(between.replace(LIST_JOIN, ''));
    const own = nounOfPrev ? '' : labelBefore(labelFrom, prefix ? at - prefix.length : at);
    let after = labelAfter(text, afterEnd, own !== '');
    // 约88%的企业使用…, 超过85%的统筹地区…, 全县76%的村级组织…: with no more than a scope before it, a
    // figure counts the noun after 的, whatever the figure before it counted.
    const ofNoun = after === '' && own.length <= OF_SCOPE && text.charCodeAt(afterEnd) === 0x7684 /* 的 */;
    if (ofNoun) after = labelAfter(text, afterEnd + 1, false);
    // 城镇化率从52.6%提高到58.5%: the second figure is a level of the same subject.
    // Up to a prefix qualifier and without spaces (增加到超过100万亿元, 由 15 个工作日压缩至 5 个工作日).
    const toLevel = sameClause && prev !== null && TO_LEVEL.test(text.slice(prev.end, prefix ? at - prefix.length : at).trim());
    // An empty clause borrows the previous label only when it continues an enumeration
    // (23%、15%、18% / 1753万和2028万), not when a new clause starts with the number.
    // 参保人数增加7359万，总计达到1.17亿: a clause of only a total word sums up the same subject.
    const totals = own === '' && at - labelFrom <= 8 && TOTAL.test(text.slice(labelFrom, at));
    // 地区生产总值突破1.2万亿元，达到12,086亿元: a clause of only a verb of level restates the subject.
    // So does a label that is only such a verb (突破8000公里、达8184公里).
    const restated = !totals && ((own === '' && at - labelFrom <= 4 && RESTATED.test(text.slice(labelFrom, at))) || (sameSentence && RESTATED.test(own)));
    const nextCell = sameSentence && prev !== null && at - prev.end <= 8 && NEXT_CELL.test(text.slice(prev.end, at));
    // 拆除“两违”679宗32803.2平方米, 3.2万户14.9万人: a figure right after another measures the same thing.
    const adjacent = sameSentence && prev !== null && at === prev.end;
    const enumerated = joined || nounOfPrev || nextCell || toLevel || totals || restated || adjacent || (clauseStart > 0 && text.charCodeAt(clauseStart - 1) === 0x3001 /* 、 */);
    const source = prev !== null && prev.inParenthesis && bracketOpen < 0 && outer !== null && outer.sentenceStart === sentenceStart ? outer : prev;
    const carryFrom = sameSentence && source && (own !== '' || enumerated) ? source : null;
    let label: string;
    // The part before the number, which a figure listed next may share (see Previous.stem).
    const stem = own !== '' ? own : enumerated && carryFrom ? carryFrom.stem : '';
    // 17个区、2个县（市）: each figure its own noun, after the stem they share.
    if (after) label = ofNoun ? joinLabel(own, after) : stem !== '' ? joinLabel(stem, after) : after;
    else if (!carryFrom) label = own;
    else if (totals || restated) {
      const subject = (carryFrom.parts ??= labelParts(carryFrom.label)).subject || carryFrom.label;
      label = totals ? totalOf(subject) : subject;
    }
    else label = carryLabel(own, (carryFrom.parts ??= labelParts(carryFrom.label)));
    // 接待游客4.2亿人次、实现旅游花费2900亿元，分别增长12.3%和15.6%: a list of changes said to go
    // with the figures before it one by one takes their subjects in turn.
    if (levelsSentence !== sentenceStart) {
      levels.length = 0;
      levelsSentence = sentenceStart;
      respective = null;
      listed = null;
    }
    // 群众满意度、知晓率分别达到98%和102%: things listed, then their figures in turn. Only where the
    // list is of whole names (not 城镇、农村居民人均可支配收入, whose first item is a modifier).
    // A change the same way: 化学需氧量、二氧化硫排放量分别减少4.42%和5.95%.
    if (own.includes('、') && text.slice(labelFrom, at).includes('分别')) {
      const { subject, word } = verb ? splitChange(own) : { subject: own, word: '' };
      const items = subject.split('、');
      const n = listLength(text, afterEnd, end, table);
      listed = items.length === n && items.every((item) => item.length >= 3) ? { items, next: 1, word } : null;
      if (listed) label = (items[0] as string) + word;
    } else if (listed && joined && listed.next < listed.items.length) {
      label = (listed.items[listed.next++] as string) + listed.word;
    }
    if (verb && own.startsWith('分别') && levels.length >= 2) {
      const n = listLength(text, afterEnd, end, table);
      respective = n >= 2 && n <= levels.length ? { labels: levels.slice(levels.length - n), next: 0, rest: own.slice(2) } : null;
    }
    if (respective && (respective.next === 0 || joined) && respective.next < respective.labels.length) {
      label = (labelParts(respective.labels[respective.next++] as string).subject || label) + respective.rest;
    } else if (!verb) {
      levels.push(label);
    }
    // A part of a medal tally: the tally's subject and its medal (勇夺4金1银 → 勇夺金牌, 勇夺银牌).
    if (medal) label = (tallySubject ??= label) + medal;
    const known = labels.get(label);
    if (known === undefined) labels.set(label, label);
    else label = known;

    // Kind: target, range, change or plain quantity.
    let change: RawIndicator['change'];
    if (verb) {
      const ref = findReference(text.slice(Math.max(clauseStart, at - REFERENCE_BACK), at));
      const inherited = sameSentence && prev?.change ? prev.change.reference : null;
      change = { direction: directionOf(verb), reference: ref ? ref.text : inherited };
    } else if (joined && prev?.change) {
      change = prev.change;
    } else {
      // 增速为6.9%: a rate of change named as a noun. 比去年预算低0.4个百分点: a comparison
      // without a change verb. Both are rare; cheap tests guard the regexes.
      const rate = def?.kind === 'percent' || def?.kind === 'percent-point' ? rateOfChange(own) : null;
      const compared = MAY_COMPARE.test(before) ? comparison(before) : null;
      if (rate || compared) {
        const ref = findReference(text.slice(Math.max(clauseStart, at - REFERENCE_BACK), at));
        if (rate) change = { direction: rate, reference: ref ? ref.text : null };
        else if (compared && ref) change = { direction: compared, reference: ref.text };
      }
    }
    // Under a goals heading, 9亿多劳动力 still states a fact: 余/多 count what is, not what is aimed at.
    const goalCue = targetCue(at) || (first.inner === null && inGoals(at));
    const amongResults = !goalCue && inResults(at);
    let bound = targetBound(before, text.slice(afterEnd, afterEnd + 2), prefix, suffix, goalCue, amongResults);
    // 增长5%左右: a change stated "about" is a goal, not a result (unless among the results).
    if (!bound && !amongResults && verb && (suffix === '左右' || suffix === '上下')) bound = 'about';
    const kind: IndicatorKind = bound ? 'target' : ratio ? 'ratio' : range ? 'range' : change ? 'change' : 'quantity';

    const unitKind: UnitKind = def?.kind ?? 'count';
    const value = first.value;
    const baseValue = scaleValue(value, magnitudeValue(hasUnit ? unit.magnitude : '') * (def?.factor ?? 1));
    topicAt = at;
    // 从54万亿元增加到…: the starting point of a comparison is not the indicator itself.
    const lastBefore = before.charCodeAt(before.length - 1);
    let key: string | undefined;
    if (lastBefore !== 0x4ece /* 从 */ && lastBefore !== 0x7531 /* 由 */) {
      matchInput.label = label;
      matchInput.kind = kind;
      matchInput.unitKind = unitKind;
      matchInput.unit = unitText;
      matchInput.baseValue = baseValue;
      key = matchCatalogue(matchInput);
    }

    // The record handed to `emit` is reused for the next figure: callers copy what they keep.
    raw.kind = kind;
    raw.start = at;
    raw.end = unitEnd;
    raw.value = value;
    raw.unit = unitText;
    raw.unitKind = unitKind;
    raw.base = { value: baseValue, unit: def?.base ?? '' };
    // 以内 and 以下 bound a target; a result they qualify (控制在1.2%以内) is at most the figure.
    raw.approx = stated ?? (suffix && (isApproxSuffix(suffix) || !bound) ? suffix : null);
    raw.label = label;
    raw.key = key;
    raw.change = change;
    raw.range = range ? { low: first.value, high: last.value } : undefined;
    raw.target = bound ? { bound } : undefined;
    raw.ratio = ratio ? { left: ratio.left, right: ratio.right } : undefined;
    emit(raw);

    // Records updated in place: only the previous figure (and the previous one outside a
    // parenthesis) is ever needed.
    const inParenthesis = bracketOpen >= 0;
    prev = remember(prev, unitEnd, sentenceStart, label, stem, change, inParenthesis);
    if (!inParenthesis) outer = remember(outer, unitEnd, sentenceStart, label, stem, change, false);
    return Math.max(resume, unitEnd);
  };

  let i = start;
  while (i < end) {
    const cls = table[text.charCodeAt(i)] as number;
    if (cls === 0) {
      i++;
      continue;
    }
    if (cls & NUM_START) {
      i = tryAt(i);
      continue;
    }
    // 百 and 千 are FOLLOWS_NUMBER characters: only they are looked at for 百分之 / 千分之.
    if (cls & FOLLOWS_NUMBER && isRateInWords(text, i, table)) {
      i = tryRateInWords(i);
      continue;
    }
    // So are 万 and 亿, and a magnitude not after a number may be its own numeral (上亿人).
    if (cls & FOLLOWS_NUMBER && isMagnitudeChar(text.charCodeAt(i))) {
      const next = tryMagnitudeWord(i);
      if (next >= 0) {
        i = next;
        continue;
      }
    }
    if (cls & CLAUSE) {
      // 、 joins the nouns of one label (新建改扩建中小学、幼儿园9所, 审核合同、协议35份) unless it
      // separates figures (受理90件、审结70件) or clauses (推进…分置改革、确权面积80%): a long
      // item is a clause of its own.
      if (text.charCodeAt(i) !== 0x3001) clauseStart = listItem = i + 1;
      else {
        if (figureEndsAfter(clauseStart) || i - listItem > LIST_NOUN) clauseStart = i + 1;
        listItem = i + 1;
      }
      if (cls & SENTENCE) {
        sentenceStart = i + 1;
        quoteOpen = -1;
        bracketOpen = -1;
        if (cls & LINE) topicStart = i + 1;
      }
    } else if (cls & QUOTE_OPEN) {
      quoteOpen = i;
      clauseBeforeQuote = clauseStart;
    } else if (cls & QUOTE_CLOSE) {
      // As a parenthesis, a quotation is part of its clause: 开展“双随机、一公开”联合抽查214次.
      if (quoteOpen >= 0) clauseStart = clauseBeforeQuote;
      quoteOpen = -1;
    }
    else if (cls & BRACKET) {
      if (isOpeningBracket(text.charCodeAt(i))) {
        bracketOpen = i;
        clauseBeforeBracket = clauseStart;
      } else if (bracketOpen >= 0) {
        // A parenthesis is part of its clause: the marks inside it (中心（站、室）1389个) end
        // clauses for the figures inside only.
        clauseStart = clauseBeforeBracket;
        bracketOpen = -1;
      }
    }
    i++;
  }
}

/** 化学需氧量、二氧化硫排放量分别减少 → its subject (化学需氧量、二氧化硫排放量) and change word (减少). */
function splitChange(label: string): { subject: string; word: string } {
  const subject = labelParts(label).subject.replace(RESPECTIVELY, '');
  return { subject, word: label.slice(subject.length).replace(/^分别/, '') };
}

const RESPECTIVELY = /分别$/;

/**
 * Whether increasing offsets fall in sorted, disjoint ranges: a cursor that only moves forward,
 * as the scanner asks in text order.
 */
function rangeCursor(ranges: readonly TextRange[]): (at: number) => boolean {
  let i = 0; // the first range that may still contain an offset
  return (at) => {
    while (i < ranges.length && (ranges[i] as TextRange).end <= at) i++;
    return i < ranges.length && (ranges[i] as TextRange).start <= at;
  };
}

/**
 * How many figures a list has that goes on after `from` (…12.3%和15.6%, …23%、15%、18%): one
 * more than the 和、及 joining a number, up to the end of the clause.
 */
function listLength(text: string, from: number, limit: number, table: Uint8Array): number {
  let n = 1;
  const stop = Math.min(limit, from + LIST_REACH);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x548c /* 和 */ || c === 0x53ca /* 及 */ || c === 0x3001 /* 、 */) {
      if (((table[text.charCodeAt(i + 1)] as number) & NUM_START) !== 0) n++;
    } else if (isClauseBoundary(c)) {
      break;
    }
  }
  return n;
}

const LIST_REACH = 60;

// What may follow the 成 of tenths: a suffix qualifier (以上, 左右), 的, 上下; and the second
// characters of the words 成 starts (成立 成为 成果 成效 成员 …), which no tenths are followed by.
const TENTHS_AFTER = charSet('以左的上');
const WORD_AFTER_CHENG = charSet('立不为熟果功效本员就交长都型品绩分年人才片网套规体建色败');

/** 百分之 or 千分之 followed by a numeral, at `at`. */
function isRateInWords(text: string, at: number, table: Uint8Array): boolean {
  const c = text.charCodeAt(at);
  return (
    (c === 0x767e /* 百 */ || c === 0x5343 /* 千 */) &&
    text.charCodeAt(at + 1) === 0x5206 /* 分 */ &&
    text.charCodeAt(at + 2) === 0x4e4b /* 之 */ &&
    (((table[text.charCodeAt(at + 3)] as number) & NUM_START) !== 0 || text.charCodeAt(at + 3) === 0x767e) // 百分之百
  );
}

/**
 * value × scale in the base unit. 82.7 × 10^12 is 82700000000000.01 in binary floating point, so
 * non-integer products are cut to 12 significant digits; integer products are exact already.
 */
function scaleValue(value: number, scale: number): number {
  if (scale === 1) return value;
  const x = value * scale;
  if (Number.isInteger(value) && Number.isInteger(scale)) return x;
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

/** A share num/den in percent, to two decimals as a report writes it: 三分之一 and 1/3 → 33.33. */
function sharePercent(num: number, den: number): number {
  return Math.round((num / den) * 10000) / 100;
}
