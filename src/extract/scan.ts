import type { IndicatorKind, UnitKind } from '../schema/indicator.js';
import type { TextRange } from '../text/facts.js';
import { createCatalogueMatcher, type MatchInput } from '../catalogue/match.js';
import { catalogueKey } from './catalogue-key.js';
import { FOLLOWS_NUMBER, NUM_START, charTable } from './char-table.js';
import { isDigit, isLetter, isMagnitudeChar } from './chars.js';
import { TextCursor } from './cursor.js';
import { excludedByPrefix } from './exclude.js';
import { figureContext, newFigureContext } from './figure-context.js';
import { boundOf, changeOf, kindOf } from './figure-kind.js';
import { inferLabel, newInferredLabel, type LabelPlace } from './figure-label.js';
import { KEEP, SKIP_UNIT, chineseFigureCounts, gate } from './gates.js';
import { clauseBefore, cleanLabel } from './label.js';
import { readMagnitudeWord } from './magnitude-word.js';
import { MEDAL_NOUN, MEDAL_ORDER, readMedals } from './medals.js';
import { lexNumber, spaceBeforeUnit } from './number.js';
import { approxOf, isApproxSuffix } from './qualifier.js';
import { newQuantity, fillUnit, readQuantity, type Quantity } from './quantity.js';
import { readRangeEnd } from './range-figure.js';
import { readRatio, type RatioSides } from './ratio.js';
import { SentenceLists } from './respectively.js';
import { remember, type Change, type Previous } from './previous.js';
import { isRateInWords, readArabicFraction, readFraction, readRateInWords, readTenths } from './shares.js';
import { SentenceCue } from './target-cue.js';
import type { Bound } from './target.js';
import { MEDALS, magnitudeValue } from './unit.js';
import { readUnitAfter } from './unit-after.js';
import { readYears } from './years.js';

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
  change?: Change;
  range?: { low: number; high: number } | undefined;
  target?: { bound: Bound } | undefined;
  ratio?: { left: number; right: number } | undefined;
}

const TOPIC_BACK = 150; // how far back an elided subject (行政复议) is looked for

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
  new Scanner(text, start, end, emit, goals, results).run();
}

/**
 * The state of one scan: the text cursor, the previous figures, the sentence's lists and cue,
 * and the records reused for every candidate. `tryAt` reads a number and its unit (or a share,
 * ratio, tally…), `measure` decides whether it is a figure and what it says, `emitFigure` hands
 * it on.
 */
class Scanner {
  private readonly table = charTable();
  private readonly cursor: TextCursor;
  private prev: Previous | null = null;
  // The last figure outside any parenthesis: a figure after a closed one (…（其中复议12件，诉讼8件），
  // 同比增长5%) continues the sentence's own figure, not the last one in the parenthesis.
  private outer: Previous | null = null;
  private readonly lists = new SentenceLists();
  private readonly cue = new SentenceCue();
  private readonly inGoals: (at: number) => boolean;
  private readonly inResults: (at: number) => boolean;
  // Reused records: the first number of a candidate and the second of a range.
  private readonly qa = newQuantity();
  private readonly qb = newQuantity();
  // Values start as doubles (NaN, never read): see newQuantity.
  private readonly raw: RawIndicator = {
    kind: 'quantity', start: 0, end: 0, value: NaN, unit: '', unitKind: 'count', base: { value: 0, unit: '' },
    approx: null, label: '', key: undefined, change: undefined, range: undefined, target: undefined, ratio: undefined,
  };
  // What `measure` reads of each figure's place and words, filled in place: no objects per figure.
  private readonly context = newFigureContext();
  private readonly place: LabelPlace;
  private readonly inferred = newInferredLabel();
  // Set while a ratio or the part of a medal tally is measured: what `measure` records of it.
  private ratio: RatioSides | null = null;
  private medal: string | null = null;
  private tallySubject: string | null = null;
  private readonly matchCatalogue = createCatalogueMatcher();
  // The candidate being matched against the catalogue, for the lazily computed topic.
  private topicAt = 0;
  // One record, filled in place for each figure: the matcher reads it and keeps nothing.
  private readonly matchInput: MatchInput;
  // Clauses and labels recur (the same wording in every item of a kind, and across reports):
  // cleaning is memoised by raw clause, and each distinct label is kept once, so the figures
  // share one string instead of each holding its own copy. Per scan, so nothing outlives it.
  private readonly cleaned = new Map<string, string>();
  private readonly labels = new Map<string, string>();
  private readonly labelBefore = (from: number, to: number): string => {
    const clause = clauseBefore(this.text, from, to);
    let s = this.cleaned.get(clause);
    if (s === undefined) this.cleaned.set(clause, (s = cleanLabel(clause)));
    return s;
  };

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly emit: (raw: RawIndicator) => void,
    goals: readonly TextRange[],
    results: readonly TextRange[],
  ) {
    this.cursor = new TextCursor(start);
    this.inGoals = rangeCursor(goals);
    this.inResults = rangeCursor(results);
    const topic = (): string => text.slice(Math.max(this.cursor.topicStart, this.topicAt - TOPIC_BACK), this.topicAt);
    this.matchInput = { label: '', kind: 'quantity', unitKind: 'count', unit: '', baseValue: NaN, topic };
    this.place = {
      text, at: 0, afterEnd: 0, prefix: null, clauseStart: 0, sentenceStart: 0, inParenthesis: false, prev: null, outer: null,
      labelBefore: this.labelBefore,
    };
  }

  run(): void {
    const { text, end, table, cursor } = this;
    let i = this.start;
    while (i < end) {
      const cls = table[text.charCodeAt(i)] as number;
      if (cls === 0) {
        i++;
        continue;
      }
      if (cls & NUM_START) {
        i = this.tryAt(i);
        continue;
      }
      // 百 and 千 are FOLLOWS_NUMBER characters: only they are looked at for 百分之 / 千分之.
      if (cls & FOLLOWS_NUMBER && isRateInWords(text, i)) {
        i = readRateInWords(text, end, this.qa, i) ? this.measure(i, false, this.qa.end) : i + 3;
        continue;
      }
      // So are 万 and 亿, and a magnitude not after a number may be its own numeral (上亿人).
      if (cls & FOLLOWS_NUMBER && isMagnitudeChar(text.charCodeAt(i))) {
        const to = readMagnitudeWord(text, this.start, this.qa, i, cursor.clauseStart);
        if (to >= 0) {
          // The span holds 上 as it holds 余 (上亿人); a qualifier before stays outside (近|亿人次).
          i = this.measure(this.qa.inner === '上' ? i - 1 : i, false, to);
          continue;
        }
      }
      cursor.advance(text, i, cls, this.prev === null ? -1 : this.prev.end);
      i++;
    }
  }

  /** Tries an indicator at `at`; returns where scanning resumes. */
  private tryAt(at: number): number {
    const { text, end, qa } = this;
    const tok = lexNumber(text, at, end, qa.tok);
    // Resuming after the whole run means a megabyte of digits is lexed once, not once per digit.
    const resume = Math.max(at + 1, tok.end);
    if (tok.chinese) this.cursor.noteMarker(text, at, tok.end);
    if (tok.end >= end) return resume;
    const next = text.charCodeAt(tok.end);
    const whole = tok.end === tok.coreEnd;
    // Shares in words: 三分之一, 九成.
    if ((next === 0x5206 /* 分 */ || next === 0x6210) /* 成 */ && whole && !tok.digitByDigit && !excludedByPrefix(text, at, tok.chinese)) {
      const to = next === 0x6210 ? readTenths(text, qa, at) : readFraction(text, end, qa, this.qb.tok, at);
      if (to >= 0) return this.measure(at, false, to);
    }
    // 分别下降1.2和0.8个百分点: the first of two numbers joined by 和 takes the unit of the second.
    if ((next === 0x548c /* 和 */ || next === 0x3001) /* 、 */ && !tok.chinese && whole && ((this.table[text.charCodeAt(tok.end + 1)] as number) & NUM_START)) {
      const to = readUnitAfter(text, end, qa, this.qb, at);
      if (to >= 0) return this.measure(at, false, to);
    }
    if (!tok.chinese && whole && !tok.digitByDigit) {
      const to = this.tryArabicForm(at, next);
      if (to >= 0) return to;
    }
    // Most numbers are followed by nothing a quantity needs (dates, codes, 1,1,1…): one table read.
    if (!((this.table[text.charCodeAt(tok.coreEnd)] as number) & FOLLOWS_NUMBER) && !spaceBeforeUnit(text, tok)) return resume;
    if (!readQuantity(text, qa)) return resume;
    if (excludedByPrefix(text, at, tok.chinese) && !classLetter(text, at, qa)) return resume;
    return this.measure(at, tok.chinese, resume);
  }

  /**
   * The forms only an Arabic number takes, by the character `next` after it: 1/3, 2.04∶1,
   * 13.5年 (a duration), 4金1银1铜. Where scanning resumes, or -1 when it is none of them.
   */
  private tryArabicForm(at: number, next: number): number {
    const { text, end, qa } = this;
    const clauseStart = this.cursor.clauseStart;
    if (next === 0x2f /* / */) {
      const to = readArabicFraction(text, end, qa, this.qb.tok, at, clauseStart);
      if (to >= 0) return this.measure(at, false, to);
    }
    if (next === 0x2236 /* ∶ */ || next === 0xff1a /* ： */ || next === 0x3a /* : */) {
      const sides = readRatio(text, end, qa, this.qb.tok, at, clauseStart);
      if (sides) {
        this.ratio = sides;
        const resumeAt = this.measure(at, false, qa.end);
        this.ratio = null;
        return resumeAt;
      }
    }
    if (next === 0x5e74 /* 年 */) {
      const to = readYears(text, qa, at, clauseStart);
      if (to >= 0) return this.measure(at, false, to);
    }
    if (MEDAL_ORDER.includes(text[qa.tok.end] as string)) return this.tryMedals(at);
    return -1;
  }

  /** A medal tally at `at`: each part a figure of its medal, labelled with the tally's subject. */
  private tryMedals(at: number): number {
    const parts = readMedals(this.text, this.end, this.qb.tok, at);
    if (!parts) return -1;
    this.tallySubject = null;
    let resumeAt = at + 1;
    for (const part of parts) {
      if (!fillUnit(this.qa, part.value, MEDALS[part.medal] ?? null, '', part.end, null)) break;
      this.medal = MEDAL_NOUN[part.medal] ?? null;
      resumeAt = Math.max(resumeAt, this.measure(part.start, false, part.end));
    }
    this.medal = null;
    this.tallySubject = null;
    return resumeAt;
  }

  /**
   * The number read into `qa` at `at`, measured: range → gates → context → label → kind → key →
   * emit. Returns where scanning resumes.
   */
  private measure(at: number, chinese: boolean, resume: number): number {
    const { text, end, cursor, qa: first } = this;
    const range = readRangeEnd(text, end, first, this.qb, chinese);
    const last = range ? this.qb : first;
    const hasUnit = last.hasUnit;
    if (!hasUnit && !(first.inner && first.scaled)) return resume;
    const unitEnd = last.end;
    const unitText = hasUnit ? last.unit.unit : '';
    const def = hasUnit ? last.unit.def : null;

    const verdict = gate(text, at, unitEnd, def, hasUnit, unitText);
    if (verdict !== KEEP) return verdict === SKIP_UNIT ? Math.max(resume, unitEnd) : resume;
    if (cursor.insideQuotes(text, end, at, unitEnd)) return resume;

    const { before, prefix, verb, suffix, afterEnd } = figureContext(text, cursor.clauseStart, at, unitEnd, this.context);
    if (chinese) {
      const scaledValue = first.value * magnitudeValue(first.hasUnit ? first.unit.magnitude : '');
      if (!chineseFigureCounts(text, at, unitEnd, afterEnd, def, scaledValue, first.inner !== null, verb)) return resume;
    }

    const inParenthesis = cursor.bracketOpen >= 0;
    const sentenceStart = cursor.sentenceStart;
    const { label: placed, stem, own, from, sameSentence, joined, head } = inferLabel(this.placeOf(at, afterEnd, prefix, inParenthesis), this.inferred);
    let label = this.lists.label(text, end, sentenceStart, placed, own, verb, joined, from, at, afterEnd);
    // A part of a medal tally: the tally's subject and its medal (勇夺4金1银 → 勇夺金牌, 勇夺银牌).
    if (this.medal) label = (this.tallySubject ??= label) + this.medal;
    label = this.intern(label);

    const change = changeOf(text, cursor.clauseStart, at, verb, before, own, def, sameSentence, joined, this.prev);
    // Under a goals heading, 9亿多劳动力 still states a fact: 余/多 count what is, not what is aimed at.
    const goalCue = this.cue.before(text, sentenceStart, at) || (first.inner === null && this.inGoals(at));
    const amongResults = !goalCue && this.inResults(at);
    const bound = boundOf(before, text.slice(afterEnd, afterEnd + 2), prefix, suffix, verb, goalCue, amongResults);
    const kind = kindOf(bound, this.ratio !== null, range, change);

    const unitKind: UnitKind = def?.kind ?? 'count';
    const baseValue = scaleValue(first.value, magnitudeValue(hasUnit ? last.unit.magnitude : '') * (def?.factor ?? 1));
    this.topicAt = at;
    const key = catalogueKey(this.matchCatalogue, this.matchInput, before, label, kind, unitKind, unitText, baseValue);

    // 以内 and 以下 bound a target; a result they qualify (控制在1.2%以内) is at most the figure.
    const approx = first.inner ?? (prefix ? approxOf(prefix) : null) ?? (suffix && (isApproxSuffix(suffix) || !bound) ? suffix : null);
    this.emitFigure(kind, at, unitEnd, unitText, unitKind, baseValue, def?.base ?? '', approx, label, key, change, range ? last.value : null, bound);
    // Records updated in place: only the previous figure (and the previous one outside a
    // parenthesis) is ever needed.
    this.prev = remember(this.prev, unitEnd, sentenceStart, label, stem, change, inParenthesis, head);
    if (!inParenthesis) this.outer = remember(this.outer, unitEnd, sentenceStart, label, stem, change, false, head);
    return Math.max(resume, unitEnd);
  }

  /** The figure's place for inferLabel, in the one record the scanner keeps for it. */
  private placeOf(at: number, afterEnd: number, prefix: string | null, inParenthesis: boolean): LabelPlace {
    const place = this.place;
    place.at = at;
    place.afterEnd = afterEnd;
    place.prefix = prefix;
    place.clauseStart = this.cursor.clauseStart;
    place.sentenceStart = this.cursor.sentenceStart;
    place.inParenthesis = inParenthesis;
    place.prev = this.prev;
    place.outer = this.outer;
    return place;
  }

  /** Each distinct label kept once, so that the figures share one string. */
  private intern(label: string): string {
    const known = this.labels.get(label);
    if (known !== undefined) return known;
    this.labels.set(label, label);
    return label;
  }

  /** Fills the reused record with the figure read into `qa` and hands it to `emit`. */
  private emitFigure(
    kind: IndicatorKind,
    at: number,
    unitEnd: number,
    unit: string,
    unitKind: UnitKind,
    baseValue: number,
    baseUnit: string,
    approx: string | null,
    label: string,
    key: string | undefined,
    change: Change,
    high: number | null,
    bound: Bound | null,
  ): void {
    // The record handed to `emit` is reused for the next figure: callers copy what they keep.
    const raw = this.raw;
    raw.kind = kind;
    raw.start = at;
    raw.end = unitEnd;
    raw.value = this.qa.value;
    raw.unit = unit;
    raw.unitKind = unitKind;
    raw.base = { value: baseValue, unit: baseUnit };
    raw.approx = approx;
    raw.label = label;
    raw.key = key;
    raw.change = change;
    raw.range = high !== null ? { low: this.qa.value, high } : undefined;
    raw.target = bound ? { bound } : undefined;
    raw.ratio = this.ratio ? { left: this.ratio.left, right: this.ratio.right } : undefined;
    this.emit(raw);
  }
}

/**
 * 新建A240个、B10个: one capital letter names a class and the count after it is a figure of
 * that class. Codes keep their letters (C919, PM2.5, G312线) and have no count unit.
 */
function classLetter(text: string, at: number, q: Quantity): boolean {
  const c = text.charCodeAt(at - 1);
  if (!(c >= 0x41 && c <= 0x5a) || !q.hasUnit || q.unit.def?.kind !== 'count' || q.inner) return false;
  const b = at >= 2 ? text.charCodeAt(at - 2) : 0x3001;
  return b >= 0x3000 && !isLetter(b) && !isDigit(b);
}

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
 * value × scale in the base unit. 82.7 × 10^12 is 82700000000000.01 in binary floating point, so
 * non-integer products are cut to 12 significant digits; integer products are exact already.
 */
function scaleValue(value: number, scale: number): number {
  if (scale === 1) return value;
  const x = value * scale;
  if (Number.isInteger(value) && Number.isInteger(scale)) return x;
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
