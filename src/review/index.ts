/**
 * A review of the previous report's targets: each target it set for its year (增长5.5%左右,
 * 城镇新增就业1100万人以上), next to what the current report says was achieved that year: met,
 * missed, or not reported. And the figures the previous report estimated (预计) that the current
 * report states otherwise, as information.
 */
import type { DiffInput } from '../diff/index.js';
import { headingsOf } from '../diff/headings.js';
import { alignIndicators } from '../diff/indicators.js';
import { alignSections } from '../diff/sections.js';
import { diffIndicator } from '../diff/shape.js';
import { reportTime } from '../extract/timeframe.js';
import type { Indicator } from '../schema/indicator.js';
import type { Revision, TargetReview, TargetReviewResult } from '../schema/review.js';
import { outcomeOf } from './outcome.js';

/** Figures of two reports aligned one to one, as the diff aligns them, within the subsets given. */
function align(
  previous: DiffInput,
  current: DiffInput,
  left: readonly Indicator[],
  right: readonly Indicator[],
  reviewed: { left: number | null; right: number | null },
): Map<Indicator, Indicator> {
  const oldHeadings = headingsOf(previous.outline);
  const newHeadings = headingsOf(current.outline);
  const sections = alignSections(
    { list: oldHeadings.list, textLength: previous.text.length },
    { list: newHeadings.list, textLength: current.text.length },
  );
  const matches = alignIndicators(
    { text: previous.text, indicators: left, headings: oldHeadings, reviewed: reviewed.left },
    { text: current.text, indicators: right, headings: newHeadings, reviewed: reviewed.right },
    sections,
  );
  return new Map(matches.map((m) => [left[m.old] as Indicator, right[m.new] as Indicator]));
}

/** A figure as the alignment should see it: an outcome, whatever its status. */
const asOutcome = (x: Indicator): Indicator => ({ ...x, status: 'result' });

export function reviewTargets(previous: DiffInput, current: DiffInput): TargetReviewResult {
  const before = reportTime(previous.text, previous.outline);
  const now = reportTime(current.text, current.outline);
  // The year the targets were set for; the current report should review it.
  const year = before.planned;
  const yearText = year === null ? null : String(year);

  // Targets of the year, and catalogued plan lines (赤字率拟按2.8%左右安排): a goal for a later
  // year (到2027年) or over years (今后五年) is not due yet.
  const targets = previous.indicators.filter(
    (x) => (x.status === 'target' || (x.status === 'plan' && x.key !== undefined)) && x.period === yearText,
  );
  // What the current report says of that year: its results and estimates.
  const outcomes = current.indicators.filter((x) => (x.status === 'result' || x.status === 'estimate') && x.period === yearText);
  const left = targets.map(asOutcome);
  const right = outcomes.map(asOutcome);
  const matched = align(previous, current, left, right, { left: year, right: year });
  const reviews: TargetReview[] = targets.map((target, i) => {
    const found = matched.get(left[i] as Indicator);
    const actual = found ? (outcomes[right.indexOf(found)] as Indicator) : null;
    return {
      target: diffIndicator(target),
      bound: target.target?.bound ?? null,
      outcome: actual ? outcomeOf(target, actual) : 'not-reported',
      actual: actual ? diffIndicator(actual) : null,
    };
  });

  // Estimates of the previous report, against what the current one states of the same time.
  const estimates = previous.indicators.filter((x) => x.status === 'estimate' && x.period !== null);
  const periods = new Set(estimates.map((x) => x.period));
  const stated = current.indicators.filter((x) => (x.status === 'result' || x.status === 'estimate') && periods.has(x.period));
  const estimateSide = estimates.map(asOutcome);
  const statedSide = stated.map(asOutcome);
  // Periods compared as written (the same base year on both sides): the same year, not a year on.
  const revised = align(previous, current, estimateSide, statedSide, { left: 0, right: 0 });
  const revisions: Revision[] = [];
  estimates.forEach((estimate, i) => {
    const found = revised.get(estimateSide[i] as Indicator);
    if (!found) return;
    const statement = stated[statedSide.indexOf(found)] as Indicator;
    if (statement.base.value === estimate.base.value) return;
    revisions.push({ estimate: diffIndicator(estimate), stated: diffIndicator(statement) });
  });

  const count = (o: TargetReview['outcome']) => reviews.filter((r) => r.outcome === o).length;
  return {
    previous: { title: previous.outline.title?.text ?? null, year: previous.outline.year, reviewed: before.reviewed },
    current: { title: current.outline.title?.text ?? null, year: current.outline.year, reviewed: now.reviewed },
    year,
    targets: reviews,
    revisions,
    summary: {
      targets: reviews.length,
      met: count('met'),
      missed: count('missed'),
      notReported: count('not-reported'),
      revisions: revisions.length,
    },
  };
}
