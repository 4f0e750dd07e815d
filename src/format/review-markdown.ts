import type { ReviewOutput } from '../schema/review.js';
import { codeSpan } from './code-span.js';
import { timeFrameOf } from './diff-rows.js';
import { OUTCOME_WORDS, headline, nameOf, summaryLine, targetText } from './review-rows.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

/** The review as Markdown tables, to paste into a review of the report. */
export function formatReviewMarkdown(output: ReviewOutput): string {
  const { review } = output;
  const out: string[] = [`## 目标核对：${headline(review, codeSpan(output.previous.file), codeSpan(output.current.file))}`, ''];
  out.push(`- ${summaryLine(review)}`, '');
  if (review.targets.length > 0) {
    out.push(row(['结果', '指标', '目标', '原行', '实际', '行']), '|---|---|---:|---:|---:|---:|');
    for (const t of review.targets) {
      out.push(
        row([
          OUTCOME_WORDS[t.outcome],
          nameOf(t.target),
          targetText(t.target, t.bound),
          String(t.target.span.start.line),
          t.actual ? t.actual.text : '—',
          t.actual ? String(t.actual.span.start.line) : '',
        ]),
      );
    }
    out.push('');
  }
  if (review.revisions.length > 0) {
    out.push(`### 预计数与本报告所述不同（${review.revisions.length}，供参考）`, '');
    out.push(row(['指标', '预计', '原行', '本报告', '行']), '|---|---:|---:|---:|---:|');
    for (const r of review.revisions) {
      out.push(row([nameOf(r.estimate), `${r.estimate.text}（${timeFrameOf(r.estimate)}）`, String(r.estimate.span.start.line), `${r.stated.text}（${timeFrameOf(r.stated)}）`, String(r.stated.span.start.line)]));
    }
    out.push('');
  }
  return out.join('\n');
}
