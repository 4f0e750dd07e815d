import type { DiffIndicator } from '../schema/diff.js';
import type { TargetOutcome, TargetReviewResult } from '../schema/review.js';
import { reportYearWords } from './diff-rows.js';

export { nameOf } from './diff-rows.js';

/** What the review formatters (stylish, markdown) share: the words for outcomes, figures and the summary. */
export const OUTCOME_WORDS: Readonly<Record<TargetOutcome, string>> = {
  met: '达到',
  missed: '未达到',
  'not-reported': '未报告',
};

// How a target's bound reads beside its figure when its words leave it out: 控制在5.5%以内 → 5.5%(≤).
const BOUND_MARK = { 'at-least': '≥', 'at-most': '≤', about: '≈', exact: '' } as const;

/** A target as written, with its qualifier or bound when the text does not carry them. */
export function targetText(x: DiffIndicator, bound: keyof typeof BOUND_MARK | null): string {
  if (x.approx && !x.text.includes(x.approx)) return `${x.text}(${x.approx})`;
  const mark = bound ? BOUND_MARK[bound] : '';
  return mark ? `${x.text}(${mark})` : x.text;
}

export function headline(review: TargetReviewResult, previousFile: string, currentFile: string): string {
  return `${previousFile}${reportYearWords(review.previous)} 的目标 → ${currentFile}${reportYearWords(review.current)}`;
}

export function summaryLine(review: TargetReviewResult): string {
  const s = review.summary;
  const year = review.year === null ? '' : `${review.year}年`;
  if (s.targets === 0) return `上一份报告没有为${year || '其年度'}设定可核对的目标`;
  return `${year}目标 ${s.targets} 项：达到 ${s.met}，未达到 ${s.missed}，未报告 ${s.notReported}`;
}
