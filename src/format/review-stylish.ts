import type { ReviewOutput } from '../schema/review.js';
import { timeFrameOf } from './diff-rows.js';
import { OUTCOME_WORDS, headline, nameOf, summaryLine, targetText } from './review-rows.js';
import type { Style } from './style.js';
import { padEndWidth, widthOf } from './width.js';

/**
 * The review as a reader takes it in: each target the previous report set for its year, what the
 * current report says was achieved, met or missed, with the lines of both; then the estimates the
 * current report states otherwise.
 */
export function formatReviewStylish(output: ReviewOutput, c: Style): string {
  const { review } = output;
  const out: string[] = [headline(review, c.underline(output.previous.file), c.underline(output.current.file)), ''];
  out.push(c.bold(summaryLine(review)));
  const paintOf = { met: c.green, missed: c.red, 'not-reported': c.yellow } as const;
  const rows = review.targets.map((t) => [
    OUTCOME_WORDS[t.outcome],
    nameOf(t.target),
    targetText(t.target, t.bound),
    `原行 ${t.target.span.start.line}`,
    t.actual ? t.actual.text : '—',
    t.actual ? `行 ${t.actual.span.start.line}` : '',
  ]);
  const widths = [0, 1, 2, 3, 4, 5].map((i) => rows.reduce((w, r) => Math.max(w, widthOf(r[i] as string)), 0));
  review.targets.forEach((t, n) => {
    const r = rows[n] as string[];
    const cells = r.map((cell, i) => padEndWidth(cell, widths[i] as number));
    out.push(
      `  ${paintOf[t.outcome](cells[0] as string)}  ${cells[1]}  ${c.bold(cells[2] as string)}  ${c.dim(cells[3] as string)}  →  ${c.bold(cells[4] as string)}  ${c.dim(cells[5] as string)}`.trimEnd(),
    );
  });
  out.push('');
  if (review.revisions.length > 0) {
    out.push(c.bold(`预计数与本报告所述不同（${review.revisions.length}，供参考）`));
    for (const r of review.revisions) {
      out.push(
        `  ${nameOf(r.estimate)}  ${c.bold(r.estimate.text)} ${c.dim(`（${timeFrameOf(r.estimate)}，原行 ${r.estimate.span.start.line}）`)}  →  ${c.bold(r.stated.text)} ${c.dim(`（${timeFrameOf(r.stated)}，行 ${r.stated.span.start.line}）`)}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
