import { catalogueEntry } from '../catalogue/index.js';
import { isBareAction } from '../extract/label.js';
import type { DiffIndicator, DiffSummary, IndicatorPair, ReportDiff } from '../schema/diff.js';

/**
 * What the diff formatters (stylish, markdown) have in common: the order of the table, the
 * wording of values and changes, the summary sentence. Pure functions of the diff.
 */
export interface SectionGroup {
  section: string;
  pairs: IndicatorPair[];
}

export const NO_SECTION = '（报告开头）';

/** The heading an indicator is under, as the report writes it. */
export function sectionOf(x: DiffIndicator): string {
  return x.sectionPath.at(-1) ?? NO_SECTION;
}

/** Changes grouped by the heading they are under in the new report (in its order), largest change first. */
export function groupBySection(pairs: readonly IndicatorPair[]): SectionGroup[] {
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
    .map((g) => ({ section: sectionOf(g.pairs[0]!.new), pairs: g.pairs.sort(bySize) }));
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
export function formatDelta(p: IndicatorPair): string {
  if (!p.change) return '';
  const { absolute } = p.change;
  if (p.new.unitKind === 'percent') return signed(absolute, `${formatNumber(absolute)}个百分点`);
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

export function formatRelative(p: IndicatorPair): string {
  if (!p.change) return '';
  if (p.change.relative === null) return '新增自0';
  const pct = p.change.relative * 100;
  return signed(pct, `${pct.toFixed(1)}%`);
}

/**
 * The name of an indicator in a table: its label as the report words it; a bare verb with the
 * catalogue's name beside it (审结（行政复议案件审结数）), since the table has lost the context
 * that said what was concluded; the catalogue's name, or key, when there is no label.
 */
export function nameOf(x: DiffIndicator): string {
  const entry = x.key ? catalogueEntry(x.key) : undefined;
  if (!x.label) return entry?.zh ?? x.key ?? '（无标签）';
  return entry && isBareAction(x.label) ? `${x.label}（${entry.zh}）` : x.label;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * Below this share of both reports aligned, they are probably not two years of one report. Two
 * years of the national 政府工作报告 align 15–25% (most of its figures are one-off); two
 * unrelated reports, next to nothing.
 */
export const LOW_ALIGNMENT = 0.1;

export function summaryLines(summary: DiffSummary, minChange: number | null): string[] {
  const i = summary.indicators;
  const s = summary.sections;
  const lines = [
    `指标对齐 ${i.aligned} 对（按目录键 ${i.byKey}，按标签 ${i.byLabel}），占原报告 ${i.old} 项的 ${percent(i.oldShare)}、新报告 ${i.new} 项的 ${percent(i.newShare)}`,
    `章节对齐 ${s.aligned} 对（改名 ${s.renamed}），占原报告 ${s.old} 个的 ${percent(s.oldShare)}、新报告 ${s.new} 个的 ${percent(s.newShare)}；新增 ${s.added}，删除 ${s.removed}`,
    `指标变化 ${i.changed} 项，未变 ${i.unchanged} 项，新增 ${i.added} 项，删除 ${i.removed} 项`,
  ];
  if (i.hidden > 0 && minChange !== null) lines.push(`另有 ${i.hidden} 项变化小于 ${minChange}%，未列出（--min-change）`);
  if (i.old === 0 || i.new === 0) {
    lines.push(i.old === i.new ? '两份报告都没有提取到指标，无从比较' : `${i.old === 0 ? '原' : '新'}报告没有提取到指标，无从比较`);
  } else if (Math.max(i.oldShare, i.newShare) < LOW_ALIGNMENT) {
    lines.push('两份报告对得上的指标很少：它们可能不是同一地方、同一类报告的两个年度');
  }
  return lines;
}

/** Aligned indicators whose value stayed but whose wording or place changed. */
export function notablePairs(diff: ReportDiff): IndicatorPair[] {
  return [...diff.indicators.changed, ...diff.indicators.unchanged]
    .filter((p) => p.labelChanged || p.moved)
    .sort((a, b) => a.new.span.start.offset - b.new.span.start.offset);
}

export function notesOf(p: IndicatorPair): string[] {
  const notes: string[] = [];
  if (p.labelChanged) notes.push(`原标签：${p.old.label || '（无）'}`);
  if (p.moved) notes.push(`原在：${sectionOf(p.old)}`);
  return notes;
}

const STATUS_ZH = { result: '实绩', estimate: '预计', target: '目标', plan: '安排' } as const;
const AGGREGATE_ZH = { level: '', change: '增减', cumulative: '累计', average: '年均' } as const;

/** A period as a reader writes it: 2024年, 2013—2017年, 2024年1—6月; 时期不明 when unknown. */
export function periodWords(period: string | null): string {
  if (period === null) return '时期不明';
  const months = /^(\d{4})-(\d{2})\/(\d{4})-(\d{2})$/.exec(period);
  if (months) return `${months[1]}年${Number(months[2])}—${Number(months[4])}月`;
  const years = /^(\d{4})\/(\d{4})$/.exec(period);
  if (years) return `${years[1]}—${years[2]}年`;
  return `${period}年`;
}

/** When a figure holds and what it is: 2024年实绩, 2013—2017年实绩累计, 2025年目标增减. */
export function timeFrameOf(x: Pick<DiffIndicator, 'status' | 'period' | 'aggregate'>): string {
  return `${periodWords(x.period)}${STATUS_ZH[x.status]}${AGGREGATE_ZH[x.aggregate]}`;
}

/** Both sides' time frames: 2015年实绩 → 2017年实绩. */
export function timeFramesOf(p: IndicatorPair): string {
  return `${timeFrameOf(p.old)} → ${timeFrameOf(p.new)}`;
}

/** A report's year in a heading: （2016年）, or （2016年，回顾2015年） for one that reviews another year. */
export function reportYearWords(facts: { year: number | null; reviewed: number | null }): string {
  if (facts.year === null) return facts.reviewed === null ? '' : `（回顾${facts.reviewed}年）`;
  return facts.reviewed === null || facts.reviewed === facts.year ? `（${facts.year}年）` : `（${facts.year}年，回顾${facts.reviewed}年）`;
}
