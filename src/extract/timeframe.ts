/**
 * The time frame of every figure: its status (result, estimate, target, plan), its period (a year,
 * a span of years, months of a year) and its aggregate (level, change, cumulative, average).
 * Resolved from the sentence's own words first, then its clause (从A增加到B: A is of the year
 * before, B of the end), then the paragraph's lead (五年来，…) and the headings (2024年工作回顾,
 * 2025年工作安排, 今后五年), then the report: a 政府工作报告 delivered in 2025 reviews 2024 and plans
 * 2025; a 法治政府建设年度报告 reviews its own year.
 */
import type { Indicator, IndicatorAggregate, IndicatorStatus } from '../schema/indicator.js';
import type { Outline, Section } from '../schema/outline.js';
import { createSectionLocator } from '../outline/locate.js';
import { foldDigits } from '../numeral/width.js';
import { parseChineseNumeral } from '../numeral/chinese.js';
import { isClauseBoundary } from './chars.js';
import { TO_LEVEL } from './label.js';
import { headingYear, isGoalHeading, isResultsHeading } from './target.js';
import { nextSentenceEnd } from '../text/sentence-end.js';
import { isSpace } from '../text/space.js';
import {
  AGGREGATE_CUES,
  FIVE_YEAR_PLANS,
  LEVEL_WORDS,
  PART_OF_YEAR,
  EXISTING,
  REFERENCE_BEFORE,
  RELATIVE_YEARS,
  STATUS_CUES,
  YEARS_AFTER,
  YEARS_BACK,
  YEARS_ON,
} from './timeframe-cues.js';

/** The years a report speaks from. */
export interface ReportTime {
  /** The year whose results it reports (2024 for a 政府工作报告 of 2025). */
  reviewed: number | null;
  /** The year it plans (2025 for that report; the next year for an annual report). */
  planned: number | null;
  /** The year it was written in, what 今年 means. */
  now: number | null;
}

/** A resolved period: years `from`–`to`, or months of one year. */
interface Period {
  from: number;
  to: number;
  months?: readonly [number, number] | undefined;
}

/** What a heading says of the figures under it. */
type Part = 'review' | 'plan' | 'goals';

// A 政府工作报告 is delivered to a people's congress early in the year after the one it reviews.
const DELIVERED = /向大会报告|人民代表大会|政府工作报告/;
const RESULTS_YEAR_HEADING = /回顾|总结/;

/**
 * The years a report speaks from: the latest year a heading over results names (一、2024年工作回顾),
 * else from its year and kind.
 */
export function reportTime(text: string, outline: Outline): ReportTime {
  let reviewedByHeading: number | null = null;
  for (const s of outline.sections) {
    if (s.kind !== 'heading' || !(isResultsHeading(s.title) || RESULTS_YEAR_HEADING.test(s.title))) continue;
    const y = headingYear(s.title);
    if (y !== null && (reviewedByHeading === null || y > reviewedByHeading)) reviewedByHeading = y;
  }
  const year = outline.year;
  const head = `${outline.title?.text ?? ''}${text.slice(0, 1500)}`;
  const delivered = DELIVERED.test(head) || (year !== null && reviewedByHeading === year - 1);
  const reviewed = reviewedByHeading ?? (year === null ? null : delivered ? year - 1 : year);
  if (reviewed === null) return { reviewed: null, planned: null, now: null };
  return { reviewed, planned: reviewed + 1, now: delivered ? reviewed + 1 : reviewed };
}

/** A period as the contract writes it: "2024", "2013/2017", "2024-01/2024-06". */
function periodText(p: Period | null): string | null {
  if (!p) return null;
  if (p.months) {
    const m = (n: number) => String(n).padStart(2, '0');
    return `${p.from}-${m(p.months[0])}/${p.to}-${m(p.months[1])}`;
  }
  return p.from === p.to ? String(p.from) : `${p.from}/${p.to}`;
}

// ---- the cue patterns, built on first use ----

interface Patterns {
  status: RegExp;
  statusOf: ReadonlyArray<IndicatorStatus>;
  period: RegExp;
  aggregate: RegExp;
  aggregateOf: ReadonlyArray<IndicatorAggregate>;
  levelBefore: RegExp;
  from: RegExp;
  existing: RegExp;
}

let patterns: Patterns | null = null;

const DIGIT = '[0-9０-９]';
const DASH = '(?:—|–|-|－|~|～|至|到)';

function build(): Patterns {
  const parts = Object.keys(PART_OF_YEAR).sort((a, b) => b.length - a.length).join('|');
  const months = `${DIGIT}{1,2}${DASH}${DIGIT}{1,2}月`;
  const relative = Object.keys(RELATIVE_YEARS).sort((a, b) => b.length - a.length).join('|');
  const plans = Object.keys(FIVE_YEAR_PLANS).sort((a, b) => b.length - a.length).join('|');
  const period = new RegExp(
    [
      `(?<ref>${REFERENCE_BEFORE})?(?:`,
      `(?<y1>[12]${DIGIT}{3})年?${DASH}(?<y2>[12]${DIGIT}{3})年`,
      `|(?<goal>(?<!截)(?:到|至))?(?<y>[12]${DIGIT}{3})年度?(?<ypart>${parts}|${months})?(?<since>以来)?`,
      `|(?<rel>${relative})(?<rpart>${parts}|${months})?`,
      `|(?<dir>${YEARS_BACK}|${YEARS_ON})?(?<n>[二三四五六七八九十两]|${DIGIT}{1,2})年(?<after>${YEARS_AFTER})?`,
      `|[“"]?(?<plan>${plans})[”"]?(?<pspan>时期|期间|以来|规划期|期末|末)`,
      `|(?<part>${parts}|${months})`,
      `|(?<whole>全年度|全年)`,
      ')',
    ].join(''),
    'g',
  );
  const status = new RegExp(STATUS_CUES.map((c) => `(${c.words})`).join('|'), 'g');
  const aggregate = new RegExp(AGGREGATE_CUES.map((c) => `(${c.words})`).join('|'), 'g');
  return {
    status,
    statusOf: STATUS_CUES.map((c) => c.status),
    period,
    aggregate,
    aggregateOf: AGGREGATE_CUES.map((c) => c.aggregate),
    levelBefore: new RegExp(`(?:${LEVEL_WORDS})(?:了|为|到)?$`),
    from: /(?:从|由)(?:约|近|超过|超|逾|不足|不到|将近|接近)?$/,
    existing: new RegExp(`${EXISTING}(?:约|近|超过|超|逾)?$`),
  };
}

/** A period cue found in text, before it is resolved against the report's years. */
type PeriodCue =
  | { type: 'years'; from: number; to: number; months?: readonly [number, number] | undefined; goal?: boolean }
  | { type: 'since'; from: number }
  | { type: 'relative'; from: 'now' | 'reviewed'; offset: number; months?: readonly [number, number] | undefined }
  | { type: 'run'; back: boolean; years: number }
  | { type: 'part'; months: readonly [number, number] }
  /** 全年: the whole of the year in context, after a part of it. */
  | { type: 'whole-year' };

interface Found<T> {
  at: number;
  end: number;
  value: T;
}

function monthsOf(word: string | undefined): readonly [number, number] | undefined {
  if (!word) return undefined;
  const known = PART_OF_YEAR[word];
  if (known) return known;
  const m = /^(\d{1,2})\D+(\d{1,2})月$/.exec(foldDigits(word));
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a >= 1 && a < b && b <= 12 ? [a, b] : undefined;
}

function numberOf(s: string): number | null {
  const folded = foldDigits(s);
  if (/^\d+$/.test(folded)) return Number(folded);
  return parseChineseNumeral(s.replace('两', '二'));
}

/** Every period cue of text[start, end), in order; bases of comparison (比2020年, 较上年) left out. */
function periodCues(text: string, start: number, end: number): Array<Found<PeriodCue>> {
  const re = (patterns ??= build()).period;
  const s = text.slice(start, end);
  const out: Array<Found<PeriodCue>> = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const g = m.groups as Record<string, string | undefined>;
    if (g.ref) continue;
    let cue: PeriodCue | null = null;
    if (g.y1 && g.y2) {
      const a = Number(foldDigits(g.y1));
      const b = Number(foldDigits(g.y2));
      if (b > a) cue = { type: 'years', from: a, to: b };
    } else if (g.y) {
      const y = Number(foldDigits(g.y));
      cue = g.since ? { type: 'since', from: y } : { type: 'years', from: y, to: y, months: monthsOf(g.ypart), goal: g.goal !== undefined };
    } else if (g.rel) {
      const r = RELATIVE_YEARS[g.rel];
      if (r) cue = { type: 'relative', from: r.from, offset: r.offset, months: monthsOf(g.rpart) };
    } else if (g.n) {
      // A run of years needs a word that makes it one (过去五年, 五年来), not 连续4年 or 三年行动.
      const n = numberOf(g.n);
      if (n !== null && n >= 2 && n <= 20 && (g.dir || g.after)) {
        const on = g.dir !== undefined && YEARS_ON.split('|').includes(g.dir);
        cue = { type: 'run', back: !on, years: n };
      }
    } else if (g.plan) {
      const first = FIVE_YEAR_PLANS[g.plan];
      if (first !== undefined) {
        const endOnly = g.pspan === '末' || g.pspan === '期末';
        cue = { type: 'years', from: endOnly ? first + 4 : first, to: first + 4 };
      }
    } else if (g.whole) {
      cue = { type: 'whole-year' };
    } else if (g.part) {
      const months = monthsOf(g.part);
      if (months) cue = { type: 'part', months };
    }
    if (cue) out.push({ at: start + m.index, end: start + m.index + m[0].length, value: cue });
  }
  return out;
}

/** The period a cue names, given the report's years and the year of the context (for 上半年). */
function resolvePeriod(cue: PeriodCue, time: ReportTime, context: Period | null): Period | null {
  switch (cue.type) {
    case 'years':
      return { from: cue.from, to: cue.to, months: cue.months };
    case 'since':
      return time.reviewed !== null && time.reviewed > cue.from ? { from: cue.from, to: time.reviewed } : { from: cue.from, to: cue.from };
    case 'relative': {
      const base = cue.from === 'now' ? time.now : time.reviewed;
      if (base === null) return null;
      return { from: base + cue.offset, to: base + cue.offset, months: cue.months };
    }
    case 'run':
      if (cue.back) return time.reviewed === null ? null : { from: time.reviewed - cue.years + 1, to: time.reviewed };
      return time.planned === null ? null : { from: time.planned, to: time.planned + cue.years - 1 };
    case 'part': {
      const year = context && context.from === context.to ? context.from : null;
      return year === null ? null : { from: year, to: year, months: cue.months };
    }
    case 'whole-year':
      return context && !context.months ? context : context ? { from: context.from, to: context.to } : null;
  }
}

/**
 * The last of a sentence's cues (in order) that ends before each figure: a cursor that only moves
 * forward, as the figures of a sentence come.
 */
class Cues<T> {
  private next = 0;
  private last: Found<T> | null = null;
  constructor(private readonly found: ReadonlyArray<Found<T>>) {}
  before(at: number): Found<T> | null {
    while (this.next < this.found.length && (this.found[this.next] as Found<T>).end <= at) this.last = this.found[this.next++] as Found<T>;
    return this.last;
  }
}

/**
 * The status cues of text[start, end), in order. An estimate (预计…) holds up to the next ；: the
 * figures after it in the sentence are stated, not estimated (a null cue ends it).
 */
const SEMICOLON = /[；;]/;
const APPROX_BEFORE = /(?:约|近|超过|超|逾|不足|将近|接近|多达|高达)$/;

function statusCues(text: string, start: number, end: number): Array<Found<IndicatorStatus | null>> {
  const p = (patterns ??= build());
  const out: Array<Found<IndicatorStatus | null>> = [];
  const s = text.slice(start, end);
  p.status.lastIndex = 0;
  let estimate = false;
  const close = (upTo: number) => {
    const from = (out.at(-1) as Found<IndicatorStatus | null>).end - start;
    const semicolon = SEMICOLON.exec(s.slice(from, upTo));
    if (semicolon) out.push({ at: start + from + semicolon.index, end: start + from + semicolon.index + 1, value: null });
  };
  for (let m = p.status.exec(s); m; m = p.status.exec(s)) {
    if (estimate) close(m.index);
    const i = m.slice(1).findIndex((x) => x !== undefined);
    const value = p.statusOf[i] as IndicatorStatus;
    out.push({ at: start + m.index, end: start + m.index + m[0].length, value });
    estimate = value === 'estimate';
  }
  if (estimate) close(s.length);
  return out;
}

function aggregateCues(text: string, start: number, end: number): Array<Found<IndicatorAggregate>> {
  const p = (patterns ??= build());
  const out: Array<Found<IndicatorAggregate>> = [];
  const s = text.slice(start, end);
  p.aggregate.lastIndex = 0;
  for (let m = p.aggregate.exec(s); m; m = p.aggregate.exec(s)) {
    const i = m.slice(1).findIndex((x) => x !== undefined);
    out.push({ at: start + m.index, end: start + m.index + m[0].length, value: p.aggregateOf[i] as IndicatorAggregate });
  }
  return out;
}

// ---- text structure ----

/** A clause end: the extractor's clause boundaries but 、, which parts the items of one list. */
function isClauseEnd(c: number): boolean {
  return c !== 0x3001 && isClauseBoundary(c);
}

/**
 * The offset of the first sentence end in text[from, to), or `to`, for calls whose `from` moves
 * forward: an end found past `to` answers the next calls up to it, so each stretch of the text is
 * searched once (a long line without one costs no search per figure).
 */
function sentenceEnds(text: string): (from: number, to: number) => number {
  let searchedFrom = 0;
  let found = -1; // the first sentence end at or after searchedFrom, or the text's length
  return (from, to) => {
    if (from < searchedFrom || from > found) {
      found = nextSentenceEnd(text, from);
      searchedFrom = from;
    }
    return found < to ? found : to;
  };
}

/**
 * The last clause end in text[from, to), or -1: looked for back from the figure, a few characters
 * a figure, where stopping at every comma between two figures (a regex call each) cost more.
 */
function lastClauseEnd(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isClauseEnd(text.charCodeAt(k))) return k;
  return -1;
}

// Every period cue holds one of these (…年, …月, 季度, 十四五): text without them names no period.
const MAY_NAME_PERIOD = /[年月季五]/;
// A paragraph's lead: 五年来，/过去一年，/2024年，at the start of a line sets the time of what follows.
const LEAD_REACH = 14;
// How far back a clause is looked for: a clause of a report is shorter.
const CLAUSE_REACH = 200;
/**
 * Where a line's lead starts: past the spaces and dashes that open it. A loop, not a regex: it runs
 * for most lines of a report, and a match array each was 12 of the 213 MB a 10 MB lint allocated.
 */
function fillerEnd(window: string): number {
  let i = 0;
  for (; i < window.length; i++) {
    const c = window.charCodeAt(i);
    if (!isSpace(c) && c !== 0x2014 /* — */ && c !== 0xff0d /* － */ && c !== 0x2d /* - */) break;
  }
  return i;
}

interface HeadingInfo {
  part: Part | null;
  period: PeriodCue | null;
}

/** What a figure's time frame is read from besides its sentence: the report's years, its parts. */
interface FrameContext {
  text: string;
  outline: Outline | null;
  time: ReportTime;
  place: ReturnType<typeof createSectionLocator> | null;
  infoOf: (s: Section) => HeadingInfo;
  planFrom: number;
  patterns: Patterns;
}

/**
 * Fills in `status`, `period` and `aggregate` of each indicator (in text order, as extracted).
 * `outline` may be null (a fragment): then only the sentence's own words count.
 */
export function resolveTimeframes(text: string, outline: Outline | null, indicators: Indicator[]): void {
  if (indicators.length === 0) return;
  const time = outline ? reportTime(text, outline) : { reviewed: null, planned: null, now: null };
  const place = outline ? createSectionLocator(outline) : null;
  const headingInfo = new Map<Section, HeadingInfo>();
  const infoOf = (s: Section): HeadingInfo => {
    let info = headingInfo.get(s);
    if (!info) headingInfo.set(s, (info = headingOf(s.title, time)));
    return info;
  };
  const planFrom = outline ? firstPlanPart(outline, infoOf) : Infinity;
  const context: FrameContext = { text, outline, time, place, infoOf, planFrom, patterns: (patterns ??= build()) };
  const cursor = new FrameCursor(context);
  let prev: Previous | null = null;
  for (const ind of indicators) {
    const at = ind.span.start.offset;
    if (!cursor.advance(at)) continue; // out of order: leave the defaults
    prev = frameFigure(ind, at, cursor, context, prev);
  }
}

/** The figure before, for 从A增加到B. */
interface Previous {
  indicator: Indicator;
  period: Period | null;
  from: boolean;
}

/**
 * The sentence, clause and lead a figure stands in, moved forward figure by figure: the starts
 * of the sentence and clause, the sentence's cues, and the lead of its paragraph or sentence.
 */
class FrameCursor {
  sentenceStart = 0;
  sentenceEnd = -1;
  scanned = 0;
  clauseStart = 0;
  status = new Cues<IndicatorStatus | null>([]);
  periods = new Cues<PeriodCue>([]);
  aggregates = new Cues<IndicatorAggregate>([]);
  // The lead of the current paragraph, or one carried from an earlier paragraph of the same part.
  lead: { cue: PeriodCue; top: Section | null; carry: boolean } | null = null;
  // A sentence's lead within a paragraph (…。过去五年，…): it holds to the paragraph's end, then
  // the paragraph's own lead holds again.
  sentenceLead: { cue: PeriodCue; top: Section | null } | null = null;
  headings: readonly Section[] = [];
  top: Section | null = null;
  private topIndex = -1;
  private readonly nextSentenceEnd: (from: number, to: number) => number;

  constructor(private readonly context: FrameContext) {
    this.nextSentenceEnd = sentenceEnds(context.text);
  }

  private topAt(offset: number): Section | null {
    return this.context.place ? (this.context.place(offset).headings[0] ?? null) : null;
  }

  /** Moves to the figure at `at`; false when it stands before the last one (out of order). */
  advance(at: number): boolean {
    const { text, place } = this.context;
    const passed = this.scanned;
    if (at < passed) return false;
    if (this.scanned === 0 && at > 0 && !this.lead) {
      const own = leadOf(text, 0);
      if (own) this.lead = { cue: own, top: this.topAt(0), carry: carries(own) };
    }
    // Advance the sentence start to this figure, and read the lead of each sentence and line passed.
    for (let k = this.nextSentenceEnd(passed, at); k < at; k = this.nextSentenceEnd(k + 1, at)) {
      const c = text.charCodeAt(k);
      this.sentenceStart = k + 1;
      if (c !== 0x0a && c !== 0x0d) {
        // A sentence that opens with its period (…。过去五年，…) sets the time of the ones after it.
        // Within its paragraph only: 近三年淘汰… says nothing of the next paragraph.
        const own = leadOf(text, k + 1);
        if (own) this.sentenceLead = { cue: own, top: this.topAt(k + 1) };
      } else {
        this.sentenceLead = null;
        const own = leadOf(text, k + 1);
        // A lead of the line is carried to the next lines when it names a span of years.
        if (own) this.lead = { cue: own, top: this.topAt(k + 1), carry: carries(own) };
        else if (this.lead && !this.lead.carry && text.charCodeAt(k + 1) !== 0x0a) this.lead = null;
      }
    }
    this.headings = place ? place(at).headings : [];
    this.top = this.headings[0] ?? null;
    this.scanned = at;
    if (this.sentenceStart > this.sentenceEnd) {
      const e = nextSentenceEnd(text, at);
      this.sentenceEnd = e;
      this.status = new Cues(statusCues(text, this.sentenceStart, e));
      this.periods = new Cues(MAY_NAME_PERIOD.test(text.slice(this.sentenceStart, e)) ? periodCues(text, this.sentenceStart, e) : []);
      this.aggregates = new Cues(aggregateCues(text, this.sentenceStart, e));
    }
    // The clause is never looked for further back than a clause of a report runs (nor before the
    // sentence: a sentence end ends a clause too).
    const clauseEnd = lastClauseEnd(text, Math.max(passed, at - CLAUSE_REACH), at);
    if (clauseEnd >= 0) this.clauseStart = clauseEnd + 1;
    this.clauseStart = Math.max(this.clauseStart, this.sentenceStart, at - CLAUSE_REACH);
    if (this.lead && this.lead.top !== this.top) this.lead = null;
    if (this.sentenceLead && this.sentenceLead.top !== this.top) this.sentenceLead = null;
    return true;
  }

  /**
   * The place of the figure's top heading among the outline's sections. Figures come in text
   * order, so the search starts at the last top found: asked per figure from the start, it was
   * quadratic in a long report (a 10 MB one has thousands of top sections).
   */
  private indexOfTop(sections: readonly Section[], top: Section): number {
    if (sections[this.topIndex] !== top) {
      const ahead = sections.indexOf(top, Math.max(0, this.topIndex));
      this.topIndex = ahead >= 0 ? ahead : sections.indexOf(top);
    }
    return this.topIndex;
  }

  /** The part the figure stands in, by its headings (innermost first), and their period. */
  part(): { part: Part; partKnown: boolean; headingPeriod: PeriodCue | null } {
    const { infoOf, outline, planFrom } = this.context;
    let part: Part | null = null;
    let headingPeriod: PeriodCue | null = null;
    for (let h = this.headings.length - 1; h >= 0; h--) {
      const info = infoOf(this.headings[h] as Section);
      part ??= info.part;
      headingPeriod ??= info.period;
    }
    const topIndex = this.top && outline ? this.indexOfTop(outline.sections, this.top) : -1;
    const partKnown = part !== null;
    return { part: part ?? (topIndex >= planFrom ? 'plan' : 'review'), partKnown, headingPeriod };
  }
}

/** One figure's status, period and aggregate, from its cursor's sentence, lead and headings. */
function frameFigure(ind: Indicator, at: number, cursor: FrameCursor, context: FrameContext, prev: Previous | null): Previous {
  const { text, time, patterns: p } = context;
  const leading = cursor.sentenceLead ?? cursor.lead;
  const { part, partKnown, headingPeriod } = cursor.part();

  // Status: the nearest cue before the figure in its sentence, else the part it stands in.
  const cue = cursor.status.before(at)?.value ?? null;
  let st: IndicatorStatus;
  let statusSaid = true;
  if (cue) st = cue;
  else {
    statusSaid = false;
    // A bound (左右, 以上, 不低于) makes an aim of the figure; the scanner's plain target under a
    // heading of the year's work is a plan of that work (建设高标准农田300万亩).
    const bounded = ind.target !== undefined && ind.target.bound !== 'exact';
    // In a review a bound without a goal word says what was achieved, within it (城镇调查失业率、
    // 居民消费价格涨幅分别控制在5%和3%以内).
    st = part === 'review' ? 'result' : part === 'goals' || bounded ? 'target' : 'plan';
  }

  // Period: the sentence, the paragraph's lead, the headings, the report.
  const own = cursor.periods.before(at);
  const defaultYear = st === 'result' || st === 'estimate' ? time.reviewed : time.planned;
  const fallback: Period | null = defaultYear === null ? null : { from: defaultYear, to: defaultYear };
  const around =
    (leading ? resolvePeriod(leading.cue, time, fallback) : null) ??
    (headingPeriod ? resolvePeriod(headingPeriod, time, fallback) : null) ??
    fallback;
  let period = own ? resolvePeriod(own.value, time, around) : around;
  if (own && period && !statusSaid && time.reviewed !== null) {
    // The sentence names its year: 去年…增长 in the plan is a result; where no heading says
    // what part it is, a later year's figure is a plan.
    if (period.to <= time.reviewed && (st === 'plan' || st === 'target')) st = 'result';
    // 到2027年，…达到12%: a goal for a later year (到2024年底 in a review states a result).
    else if (own.value.type === 'years' && own.value.goal && period.from > time.reviewed) st = 'target';
    else if (!partKnown && period.from > time.reviewed && st === 'result') st = 'plan';
  }

  // Aggregate: 年均, 累计 in the clause; a change; a total over a span of years.
  const clauseStart = cursor.clauseStart;
  const before = text.slice(Math.max(clauseStart, at - 24), at);
  // Without its approximation (总量超过90万亿元): the word before that says a level.
  const bare = before.replace(APPROX_BEFORE, '');
  const agg = cursor.aggregates.before(at);
  let aggregate: IndicatorAggregate;
  if (agg && agg.at >= clauseStart) aggregate = agg.value;
  else if (ind.change || ind.kind === 'change') aggregate = 'change';
  else aggregate = 'level';

  // 从A增加到B: A is of the year before the period, B of its end.
  const isFrom = p.from.test(before);
  const isTo =
    prev !== null && prev.from && prev.indicator.span.end.offset > clauseStart &&
    TO_LEVEL().test(text.slice(prev.indicator.span.end.offset, at).replace(/了$/, ''));
  if (period && !period.months && (isFrom || isTo)) {
    aggregate = 'level';
    period = isFrom ? { from: period.from - 1, to: period.from - 1 } : { from: period.to, to: period.to };
  } else if (period && !period.months && period.from < period.to && aggregate === 'level') {
    // Over a span of years, what was done is a total, what is a level at the span's end.
    if (p.levelBefore.test(bare) || ind.unitKind === 'percent' || ind.unitKind === 'permille' || ind.unitKind === 'multiple' || ind.unitKind === 'time') {
      period = { from: period.to, to: period.to };
    } else aggregate = 'cumulative';
  }

  // Under a heading of goals, a paragraph about years gone (“十三五”时期…城镇新增就业超过6000万人)
  // or the starting point of a change (从75%提高到100%) states what was, not what is aimed at.
  if (!statusSaid && (st === 'plan' || st === 'target') && period && time.reviewed !== null && period.to <= time.reviewed) {
    if (isFrom || (!own && leading)) st = 'result';
  }
  // 我国有2.9亿在校学生: what is, said in the plan; of the year the report is written in.
  if (!statusSaid && (st === 'plan' || st === 'target') && p.existing.test(before)) {
    st = 'result';
    if (!own && time.now !== null) period = { from: time.now, to: time.now };
  }
  ind.status = st;
  ind.period = periodText(period);
  ind.aggregate = aggregate;
  return { indicator: ind, period, from: isFrom };
}

/**
 * The period a line opens with (五年来，过去一年，刚刚过去的2017年，), if any: a cue that starts the
 * line, or one within its first few characters right before a comma.
 */
function leadOf(text: string, lineStart: number): PeriodCue | null {
  const window = text.slice(lineStart, lineStart + LEAD_REACH + 4);
  if (!MAY_NAME_PERIOD.test(window)) return null;
  const skip = fillerEnd(window);
  const cues = periodCues(text, lineStart + skip, lineStart + Math.min(window.length, skip + LEAD_REACH));
  // “十二五”规划确定的主要目标任务全面完成。: a line that opens with a five-year plan reviews it.
  const plan = /^[“"]?(十[一二三四五]?五)[”"]/.exec(window.slice(skip));
  const years = plan ? FIVE_YEAR_PLANS[plan[1] as string] : undefined;
  if (years !== undefined) return { type: 'years', from: years, to: years + 4 };
  const first = cues[0];
  if (!first) return null;
  // 过去五年极不寻常、极不平凡。: a line that starts with its period is about it.
  if (first.at === lineStart + skip) return first.value;
  const next = text.charCodeAt(first.end);
  return next === 0xff0c /* ， */ || next === 0x2c /* , */ ? first.value : null;
}

/** Whether a lead is carried on to the paragraphs after its own: a span of years is (五年来，…). */
function carries(cue: PeriodCue): boolean {
  return cue.type === 'run' || cue.type === 'since' || (cue.type === 'years' && cue.from < cue.to);
}

// Goal headings whose figures are aims, not plans of work (主要预期目标, “十三五”时期主要目标任务).
const GOALS = /预期目标|主要目标|目标任务/;

function headingOf(title: string, time: ReportTime): HeadingInfo {
  const cues = periodCues(title, 0, title.length);
  const period = cues[0]?.value ?? null;
  let part: Part | null = null;
  if (isResultsHeading(title)) part = 'review';
  else if (isGoalHeading(title)) part = GOALS.test(title) ? 'goals' : 'plan';
  else if (period && time.reviewed !== null) {
    const p = resolvePeriod(period, time, null);
    if (p) part = p.from > time.reviewed ? 'plan' : 'review';
  }
  return { part, period };
}

/** The index of the first top-level section that plans: the parts after it plan too. */
function firstPlanPart(outline: Outline, infoOf: (s: Section) => HeadingInfo): number {
  const i = outline.sections.findIndex((s) => s.kind === 'heading' && infoOf(s).part !== null && infoOf(s).part !== 'review');
  return i < 0 ? Infinity : i;
}
