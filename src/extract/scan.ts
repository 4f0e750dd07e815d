import type { IndicatorKind, UnitKind } from '../schema/indicator.js';
import { matchCatalogue } from '../catalogue/match.js';
import { CLAUSE, FOLLOWS_NUMBER, LINE, NUM_START, QUOTE_CLOSE, QUOTE_OPEN, SENTENCE, charTable, isBigMagnitude } from './chars.js';
import { changeVerb, comparison, findReference, rateOfChange, type Direction } from './change.js';
import {
  chineseCounts,
  closesClause,
  excludedByPrefix,
  excludedBySuffix,
  isFormula,
  isPlanPeriod,
  isSessionName,
} from './exclude.js';
import { TO_LEVEL, carryLabel, joinLabel, labelAfter, labelBefore, labelParts, type LabelParts } from './label.js';
import { lexNumber, newToken, numberValue, tokenTooLong, type NumberToken } from './number.js';
import { innerQualifierAt, prefixQualifier, suffixQualifierAt } from './qualifier.js';
import { rangeSeparatorAt } from './range.js';
import { findTargetCue, targetBound, type Bound } from './target.js';
import { magnitudeValue, matchUnit, type UnitMatch } from './unit.js';

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
  key?: string;
  change?: { direction: Direction; reference: string | null };
  range?: { low: number; high: number };
  target?: { bound: Bound };
}

/** A number with what directly follows it: 余/多, the unit. */
interface Quantity {
  tok: NumberToken;
  /** The value as written, in the unit as written. */
  value: number;
  inner: string | null;
  unit: UnitMatch | null;
  /** End of the quantity: after the unit, or after 余/多 when no unit follows. */
  end: number;
  /** Whether the value carries a magnitude (10万余 has one; 1600余 has none). */
  scaled: boolean;
}

interface Previous {
  end: number;
  clauseStart: number;
  sentenceStart: number;
  label: string;
  /** Computed when a later figure first needs it. */
  parts: LabelParts | null;
  kind: IndicatorKind;
  change: RawIndicator['change'];
}

// A comparison without a change verb ends in one of these (比去年预算低0.4个百分点).
const MAY_COMPARE = /[低高快慢少多]$/;
const BACK = 16; // how far back qualifiers, change verbs and comparison bases are looked for
const TOPIC_BACK = 150; // how far back an elided subject (行政复议) is looked for
const QUOTE_REACH = 40; // a quotation longer than this is prose, not a name

/**
 * Scans text[start, end) once, left to right, and returns every quantitative indicator in it.
 * Each character is visited a bounded number of times: the hot loop reads one table entry per
 * character, numbers are lexed once, and all look-behinds are over fixed-size windows.
 */
export function scanRaw(text: string, start = 0, end = text.length): RawIndicator[] {
  const out: RawIndicator[] = [];
  scanText(text, start, end, (raw) => out.push(raw));
  return out;
}

/**
 * The scanner proper: calls `emit` for each indicator in text order. Callers that build their
 * own objects (extractIndicators) use this so that no intermediate array is kept alive.
 */
export function scanText(text: string, start: number, end: number, emit: (raw: RawIndicator) => void): void {
  const table = charTable();
  let clauseStart = start;
  let sentenceStart = start;
  let topicStart = start;
  let quoteOpen = -1;
  let prev: Previous | null = null;
  // Target cues, searched once per sentence: up to `cueTo` nothing was found yet.
  let cueSentence = -1;
  let cueTo = 0;
  let cueFound = false;
  // Scratch tokens: the first number of a candidate and the second of a range.
  const tokA = newToken();
  const tokB = newToken();
  // The candidate being matched against the catalogue, for the lazily computed topic.
  let topicAt = 0;
  const topicOf = (): string => text.slice(Math.max(topicStart, topicAt - TOPIC_BACK), topicAt);

  const readQuantity = (tok: NumberToken): Quantity | null => {
    const at = tok.start;
    if (tokenTooLong(tok) || tok.digitByDigit) return null;
    const inner = innerQualifierAt(text, tok.end);
    let valueEnd: number;
    let p: number;
    let value: number;
    if (inner) {
      // 10万余次: the magnitude before the qualifier is part of the value.
      p = tok.end + 1;
      valueEnd = tok.end;
      const last = text[tok.end - 1];
      const mag = text[p];
      if ((last === '千' || last === '百' || last === '十') && mag === '万' && text.slice(at, tok.end).includes('亿')) {
        // 1亿3千多万: the 万 after the qualifier scales the 3千, not the whole number.
        value = numberValue(text.slice(at, tok.end) + mag, 0, tok.end - at + 1, tok.chinese);
        p++;
      } else {
        value = numberValue(text, at, valueEnd, tok.chinese);
      }
    } else {
      // 82.7万亿元: a trailing 万/亿 belongs to the unit as written.
      p = tok.coreEnd;
      valueEnd = tok.coreEnd;
      value = numberValue(text, at, valueEnd, tok.chinese);
    }
    if (!Number.isFinite(value)) return null;
    const unit = matchUnit(text, p);
    // 10万余 may stand without a unit (a bare 10万余 is still a quantity); 1600余 may not.
    let scaled = false;
    for (let k = at; k < valueEnd && !scaled; k++) scaled = isBigMagnitude(text.charCodeAt(k));
    return { tok, value, inner, unit, end: unit ? unit.end : inner ? p : tok.end, scaled };
  };

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

  /** Tries an indicator at `at`; returns where scanning resumes. */
  const tryAt = (at: number): number => {
    const tok = lexNumber(text, at, end, tokA);
    // Resuming after the whole run means a megabyte of digits is lexed once, not once per digit.
    const resume = Math.max(at + 1, tok.end);
    // Most numbers are followed by nothing a quantity needs (dates, codes, 1,1,1…): one table read.
    if (tok.end >= end || !((table[text.charCodeAt(tok.coreEnd)] as number) & FOLLOWS_NUMBER)) {
      if (tok.chinese) noteMarker(at, tok.end);
      return resume;
    }
    const first = readQuantity(tok);
    if (!first) return resume;
    if (tok.chinese) noteMarker(at, tok.end);
    if (excludedByPrefix(text, at, tok.chinese)) return resume;

    // A range: 5%—8%, 200—300人, 63%～68%.
    let q: Quantity = first;
    let second: Quantity | null = null;
    const sep = rangeSeparatorAt(text, first.end);
    if (sep && first.end + sep < end && ((table[text.charCodeAt(first.end + sep)] as number) & NUM_START)) {
      const other = readQuantity(lexNumber(text, first.end + sep, end, tokB));
      if (
        other &&
        other.unit?.def &&
        other.tok.chinese === tok.chinese &&
        other.value >= first.value &&
        (!first.unit || (first.unit.def?.kind === other.unit.def.kind && first.unit.magnitude === other.unit.magnitude))
      ) {
        second = other;
        q = other;
      }
    }
    const unit = q.unit;
    if (!unit && !(first.inner && first.scaled)) return resume;
    const unitEnd = q.end;
    const unitText = unit ? unit.unit : '';
    if (excludedBySuffix(text, unitEnd)) return Math.max(resume, unitEnd);
    if (unit && (isSessionName(text, at, unitEnd, unitText) || isPlanPeriod(text, unitEnd, unitText))) return resume;
    if (isFormula(text, unitEnd)) return resume;
    if (insideQuotes(at, unitEnd)) return resume;

    // Context before the number: qualifier, change verb, comparison base.
    const winFrom = Math.max(clauseStart, at - BACK);
    let before = text.slice(winFrom, at);
    const pq = prefixQualifier(before);
    if (pq) before = before.slice(0, before.length - pq.length);
    const verb = changeVerb(before);
    const suffix = suffixQualifierAt(text, unitEnd);
    const afterEnd = suffix ? unitEnd + suffix.text.length : unitEnd;

    if (tok.chinese) {
      const isChange = verb !== null && (unit?.def?.kind === 'multiple' || unit?.def?.kind === 'percent');
      const scaledValue = first.value * magnitudeValue(first.unit?.magnitude ?? '');
      if (!chineseCounts(scaledValue, first.inner !== null, closesClause(text, afterEnd), isChange)) return resume;
    }

    const approx = first.inner ?? (pq ? pq.text : null) ?? (suffix?.approx ? suffix.text : null);
    const sameSentence = prev !== null && prev.sentenceStart === sentenceStart;
    const sameClause = sameSentence && prev !== null && prev.end > clauseStart;
    // 分别增加1753万和2028万: the second figure shares the first's verb and label.
    const joined = sameSentence && prev !== null && at - prev.end <= 2 && /^(?:和|及|与|、|以及|或)$/.test(text.slice(prev.end, at));

    // Label.
    const labelFrom = sameClause && prev ? Math.max(clauseStart, prev.end) : clauseStart;
    const own = labelBefore(text, labelFrom, at);
    const after = labelAfter(text, afterEnd);
    // An empty clause borrows the previous label only when it continues an enumeration
    // (23%、15%、18% / 1753万和2028万), not when a new clause starts with the number.
    // 城镇化率从52.6%提高到58.5%: the second figure is a level of the same subject.
    const toLevel = sameClause && prev !== null && TO_LEVEL.test(text.slice(prev.end, at));
    const enumerated = joined || toLevel || (clauseStart > 0 && text[clauseStart - 1] === '、');
    const carryFrom = sameSentence && prev && (own !== '' || enumerated) ? prev : null;
    let label: string;
    if (after) label = own !== '' ? joinLabel(own, after) : enumerated && carryFrom ? carryFrom.label : after;
    else if (!carryFrom) label = own;
    else label = carryLabel(own, (carryFrom.parts ??= labelParts(carryFrom.label)));

    // Kind: range, target, change or plain quantity.
    let change: RawIndicator['change'];
    if (verb) {
      const ref = findReference(text.slice(Math.max(clauseStart, at - 30), at));
      const inherited = sameSentence && prev?.change ? prev.change.reference : null;
      change = { direction: verb.direction, reference: ref ? ref.text : inherited };
    } else if (joined && prev?.change) {
      change = prev.change;
    } else {
      // 增速为6.9%: a rate of change named as a noun. 比去年预算低0.4个百分点: a comparison
      // without a change verb. Both are rare; cheap tests guard the regexes.
      const rate = unit?.def?.kind === 'percent' || unit?.def?.kind === 'percent-point' ? rateOfChange(own) : null;
      const compared = MAY_COMPARE.test(before) ? comparison(before) : null;
      if (rate || compared) {
        const ref = findReference(text.slice(Math.max(clauseStart, at - 30), at));
        if (rate) change = { direction: rate, reference: ref ? ref.text : null };
        else if (compared && ref) change = { direction: compared, reference: ref.text };
      }
    }
    let bound = targetBound({
      before,
      after: text.slice(afterEnd, afterEnd + 4),
      prefix: pq ? pq.text : null,
      suffix: suffix ? suffix.text : null,
      cue: targetCue(at),
    });
    // 增长5%左右: a change stated "about" is a goal, not a result.
    if (!bound && change && verb && (suffix?.text === '左右' || suffix?.text === '上下')) bound = 'about';
    const kind: IndicatorKind = bound ? 'target' : second ? 'range' : change ? 'change' : 'quantity';

    const def = unit?.def ?? null;
    const unitKind: UnitKind = def?.kind ?? 'count';
    const scale = magnitudeValue(unit?.magnitude ?? '') * (def?.factor ?? 1);
    const value = first.value;
    const baseValue = scaleValue(value, scale);
    const baseline = /(?:从|由)$/.test(before);
    topicAt = at;
    const key = baseline ? undefined : matchCatalogue({ label, kind, unitKind, baseValue, topic: topicOf });

    const ind: RawIndicator = {
      kind,
      start: at,
      end: unitEnd,
      value,
      unit: unitText,
      unitKind,
      base: { value: baseValue, unit: def?.base ?? '' },
      approx,
      label,
    };
    if (key) ind.key = key;
    if (change) ind.change = change;
    if (second) ind.range = { low: first.value, high: second.value };
    if (bound) ind.target = { bound };
    emit(ind);
    if (prev) {
      // One record, updated in place: only the previous figure is ever needed.
      prev.end = unitEnd;
      prev.clauseStart = clauseStart;
      prev.sentenceStart = sentenceStart;
      prev.label = label;
      prev.parts = null;
      prev.kind = kind;
      prev.change = change;
    } else {
      prev = { end: unitEnd, clauseStart, sentenceStart, label, parts: null, kind, change };
    }
    return Math.max(resume, unitEnd);
  };

  /** 一是 / （一） / 一、 open a new topic: an elided subject is not looked for before them. */
  const noteMarker = (at: number, tokEnd: number): void => {
    const next = text[tokEnd];
    const before = at > 0 ? text[at - 1] : '';
    if ((next === '是' || next === '、') && at === clauseStart) topicStart = at;
    else if ((before === '（' || before === '(') && (next === '）' || next === ')')) topicStart = at - 1;
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
    if (cls & CLAUSE) {
      clauseStart = i + 1;
      if (cls & SENTENCE) {
        sentenceStart = i + 1;
        quoteOpen = -1;
        if (cls & LINE) topicStart = i + 1;
      }
    } else if (cls & QUOTE_OPEN) quoteOpen = i;
    else if (cls & QUOTE_CLOSE) quoteOpen = -1;
    i++;
  }
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
