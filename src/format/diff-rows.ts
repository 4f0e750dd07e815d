import { catalogueEntry } from '../catalogue/index.js';
import { isBareAction } from '../extract/label.js';
import { AGGREGATE_WORDS, DIFF_WORDS, STATUS_WORDS, TIME_FRAME_WORDS } from '../i18n/diff-words.js';
import { localize, type Lang } from '../i18n/text.js';
import type { DiffIndicator, DiffSummary, IndicatorPair, ReportDiff } from '../schema/diff.js';

/**
 * What the diff formatters (stylish, markdown) have in common: the order of the table, the
 * wording of values and changes, the summary sentence. Pure functions of the diff.
 */
export interface SectionGroup {
  section: string;
  pairs: IndicatorPair[];
}

/** The heading an indicator is under, as the report writes it. */
export function sectionOf(x: DiffIndicator, lang: Lang = 'zh'): string {
  return x.sectionPath.at(-1) ?? DIFF_WORDS.noSection[lang];
}

/** Changes grouped by the heading they are under in the new report (in its order), largest change first. */
export function groupBySection(pairs: readonly IndicatorPair[], lang: Lang = 'zh'): SectionGroup[] {
  const groups = new Map<string, { first: number; pairs: IndicatorPair[] }>();
  for (const p of pairs) {
    const k = p.new.sectionPath.join('\u0000');
    const g = groups.get(k);
    if (g) {
      g.pairs.push(p);
      g.first = Math.min(g.first, p.new.span.start.offset);
    } else {
      groups.set(k, { first: p.new.span.start.offset, pairs: [p] });
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.first - b.first)
    .map((g) => ({ section: sectionOf(g.pairs[0]!.new, lang), pairs: g.pairs.sort(bySize) }));
}

function size(p: IndicatorPair): number {
  // A change from 0 has no relative size; it goes first, as the largest.
  return p.change === null ? 0 : p.change.relative === null ? Infinity : Math.abs(p.change.relative);
}

function bySize(a: IndicatorPair, b: IndicatorPair): number {
  return size(b) - size(a) || a.new.span.start.offset - b.new.span.start.offset;
}

/** A number as a person writes it: no float noise, no needless decimals. */
export function formatNumber(n: number): string {
  const r = Number(n.toPrecision(10));
  return Number.isInteger(r) ? String(r) : String(Number(r.toFixed(4)));
}

const signed = (n: number, s: string) => (n > 0 ? `+${s}` : n < 0 ? `-${s.replace(/^-/, '')}` : s);

/**
 * The absolute change in the unit the new report writes (+2万次 for 8万余次 → 10万余次); for a
 * percentage, in percentage points.
 */
export function formatDelta(p: IndicatorPair, lang: Lang = 'zh'): string {
  if (!p.change) return '';
  const { absolute } = p.change;
  if (p.new.unitKind === 'percent') return signed(absolute, localize(DIFF_WORDS.percentPoints, lang, { n: formatNumber(absolute) }));
  const scaleOf = (x: DiffIndicator) => (x.value !== 0 ? x.base.value / x.value : null);
  const scale = scaleOf(p.new) ?? scaleOf(p.old);
  if (scale === null || scale === 0) return signed(absolute, `${formatNumber(absolute)}${p.change.unit}`);
  // 10万余次 is the value 100000 in 次: the change is written with the 万 the report writes.
  const magnitude = writtenMagnitude(p.new);
  if (magnitude) return signed(absolute, `${formatNumber(absolute / scale / magnitude.factor)}${magnitude.word}${p.new.unit}`);
  return signed(absolute, `${formatNumber(absolute / scale)}${p.new.unit}`);
}

// Magnitudes a figure is written with, longest first (万亿 before 亿 and 万).
const MAGNITUDES: ReadonlyArray<{ word: string; factor: number }> = [
  { word: '万亿', factor: 1e12 },
  { word: '亿', factor: 1e8 },
  { word: '万', factor: 1e4 },
];

/** The magnitude a figure's text writes outside its unit (8万余次: 万; 1.2万亿元 has it in the unit). */
function writtenMagnitude(x: DiffIndicator): { word: string; factor: number } | null {
  if (MAGNITUDES.some((m) => x.unit.includes(m.word))) return null;
  return MAGNITUDES.find((m) => x.text.includes(m.word)) ?? null;
}

export function formatRelative(p: IndicatorPair, lang: Lang = 'zh'): string {
  if (!p.change) return '';
  if (p.change.relative === null) return DIFF_WORDS.newFromZero[lang];
  const pct = p.change.relative * 100;
  return signed(pct, `${pct.toFixed(1)}%`);
}

/**
 * The name of an indicator in a table: its label as the report words it; a bare verb with the
 * catalogue's name beside it (审结（行政复议案件审结数）), since the table has lost the context
 * that said what was concluded; the catalogue's name, or key, when there is no label.
 */
export function nameOf(x: DiffIndicator, lang: Lang = 'zh'): string {
  const entry = x.key ? catalogueEntry(x.key) : undefined;
  if (!x.label) return entry?.[lang] ?? x.key ?? DIFF_WORDS.noLabel[lang];
  return entry && isBareAction(x.label) ? localize(DIFF_WORDS.namedAs, lang, { label: x.label, name: entry[lang] }) : x.label;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * Below this share of both reports aligned, they are probably not two years of one report. Two
 * years of the national 政府工作报告 align 15–25% (most of its figures are one-off); two
 * unrelated reports, next to nothing.
 */
const LOW_ALIGNMENT = 0.1;

export function summaryLines(summary: DiffSummary, minChange: number | null, lang: Lang = 'zh'): string[] {
  const i = summary.indicators;
  const s = summary.sections;
  const lines = [
    localize(DIFF_WORDS.alignedIndicators, lang, { ...i, oldShare: percent(i.oldShare), newShare: percent(i.newShare) }),
    localize(DIFF_WORDS.alignedSections, lang, { ...s, oldShare: percent(s.oldShare), newShare: percent(s.newShare) }),
    localize(DIFF_WORDS.indicatorCounts, lang, i),
  ];
  if (i.hidden > 0 && minChange !== null) lines.push(localize(DIFF_WORDS.hiddenChanges, lang, { hidden: i.hidden, min: minChange }));
  if (i.old === 0 || i.new === 0) {
    lines.push((i.old === i.new ? DIFF_WORDS.neitherExtracted : i.old === 0 ? DIFF_WORDS.oldNotExtracted : DIFF_WORDS.newNotExtracted)[lang]);
  } else if (Math.max(i.oldShare, i.newShare) < LOW_ALIGNMENT) {
    lines.push(DIFF_WORDS.lowAlignment[lang]);
  }
  return lines;
}

/** Aligned indicators whose value stayed but whose wording or place changed. */
export function notablePairs(diff: ReportDiff): IndicatorPair[] {
  return [...diff.indicators.changed, ...diff.indicators.unchanged]
    .filter((p) => p.labelChanged || p.moved)
    .sort((a, b) => a.new.span.start.offset - b.new.span.start.offset);
}

export function notesOf(p: IndicatorPair, lang: Lang = 'zh'): string[] {
  const notes: string[] = [];
  if (p.labelChanged) notes.push(localize(DIFF_WORDS.wasLabelled, lang, { label: p.old.label || DIFF_WORDS.none[lang] }));
  if (p.moved) notes.push(localize(DIFF_WORDS.wasUnder, lang, { section: sectionOf(p.old, lang) }));
  return notes;
}

/** A period as a reader writes it: 2024年, 2013—2017年, 2024年1—6月; 时期不明 when unknown. */
function periodWords(period: string | null, lang: Lang = 'zh'): string {
  if (period === null) return TIME_FRAME_WORDS.unknownPeriod[lang];
  const months = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (months) return localize(TIME_FRAME_WORDS.months, lang, { year: months[1] as string, from: Number(months[2]), to: Number(months[4]) });
  const years = /^(\d{4})\/(\d{4})$/.exec(period);
  if (years) return localize(TIME_FRAME_WORDS.years, lang, { from: years[1] as string, to: years[2] as string });
  return localize(TIME_FRAME_WORDS.year, lang, { year: period });
}

/** When a figure holds and what it is: 2024年实绩, 2013—2017年实绩累计, 2025年目标增减. */
export function timeFrameOf(x: Pick<DiffIndicator, 'status' | 'period' | 'aggregate'>, lang: Lang = 'zh'): string {
  return localize(TIME_FRAME_WORDS.frame, lang, { period: periodWords(x.period, lang), status: STATUS_WORDS[x.status], aggregate: AGGREGATE_WORDS[x.aggregate] });
}

/** Both sides' time frames: 2015年实绩 → 2017年实绩. */
export function timeFramesOf(p: IndicatorPair, lang: Lang = 'zh'): string {
  return `${timeFrameOf(p.old, lang)} → ${timeFrameOf(p.new, lang)}`;
}

/** A report's year in a heading: （2016年）, or （2016年，回顾2015年） for one that reviews another year. */
export function reportYearWords(facts: { year: number | null; reviewed: number | null }, lang: Lang = 'zh'): string {
  if (facts.year === null) return facts.reviewed === null ? '' : localize(DIFF_WORDS.reviewing, lang, { reviewed: facts.reviewed });
  return facts.reviewed === null || facts.reviewed === facts.year
    ? localize(DIFF_WORDS.year, lang, { year: facts.year })
    : localize(DIFF_WORDS.yearReviewing, lang, { year: facts.year, reviewed: facts.reviewed });
}
