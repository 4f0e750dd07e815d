import type { ReviewOutput } from '../schema/review.js';
import { timeFrameOf } from './diff-rows.js';
import { headline, nameOf, outcomeWord, summaryLine, targetText } from './review-rows.js';
import { DIFF_WORDS, REVIEW_WORDS } from '../i18n/diff-words.js';
import { localize, type Lang } from '../i18n/text.js';
import type { Style } from './style.js';
import { padEndWidth, widthOf } from './width.js';

/**
 * The review as a reader takes it in: each target the previous report set for its year, what the
 * current report says was achieved, met or missed, with the lines of both; then the estimates the
 * current report states otherwise.
 */
export function formatReviewStylish(output: ReviewOutput, c: Style, lang: Lang = 'zh'): string {
  const { review } = output;
  const line = (n: number) => localize(DIFF_WORDS.line, lang, { n });
  const oldLine = (n: number) => localize(DIFF_WORDS.oldLine, lang, { n });
  const out: string[] = [headline(review, c.underline(output.previous.file), c.underline(output.current.file), lang), ''];
  out.push(c.bold(summaryLine(review, lang)));
  const paintOf = { met: c.green, missed: c.red, 'not-reported': c.yellow } as const;
  const rows = review.targets.map((t) => [
    outcomeWord(t.outcome, lang),
    nameOf(t.target, lang),
    targetText(t.target, t.bound),
    oldLine(t.target.span.start.line),
    t.actual ? t.actual.text : '—',
    t.actual ? line(t.actual.span.start.line) : '',
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
    out.push(c.bold(localize(REVIEW_WORDS.revisions, lang, { count: review.revisions.length })));
    const stated = (frame: string, where: string) => localize(REVIEW_WORDS.stated, lang, { frame, line: where });
    for (const r of review.revisions) {
      out.push(
        `  ${nameOf(r.estimate, lang)}  ${c.bold(r.estimate.text)} ${c.dim(stated(timeFrameOf(r.estimate, lang), oldLine(r.estimate.span.start.line)))}  →  ${c.bold(r.stated.text)} ${c.dim(stated(timeFrameOf(r.stated, lang), line(r.stated.span.start.line)))}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
