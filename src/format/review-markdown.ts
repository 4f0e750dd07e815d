import type { ReviewOutput } from '../schema/review.js';
import { codeSpan } from './code-span.js';
import { timeFrameOf } from './diff-rows.js';
import { headline, nameOf, outcomeWord, summaryLine, targetText } from './review-rows.js';
import { DIFF_WORDS, REVIEW_WORDS } from '../i18n/diff-words.js';
import { localize, type Lang, type LocalizedText } from '../i18n/text.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;

/** The review as Markdown tables, to paste into a review of the report. */
export function formatReviewMarkdown(output: ReviewOutput, lang: Lang = 'zh'): string {
  const { review } = output;
  const head = (...names: LocalizedText[]) => row(names.map((n) => n[lang]));
  const out: string[] = [localize(REVIEW_WORDS.heading, lang, { headline: headline(review, codeSpan(output.previous.file), codeSpan(output.current.file), lang) }), ''];
  out.push(`- ${summaryLine(review, lang)}`, '');
  if (review.targets.length > 0) {
    out.push(head(REVIEW_WORDS.colOutcome, DIFF_WORDS.colIndicator, REVIEW_WORDS.colTarget, DIFF_WORDS.colOldLine, REVIEW_WORDS.colActual, DIFF_WORDS.colLine), '|---|---|---:|---:|---:|---:|');
    for (const t of review.targets) {
      out.push(
        row([
          outcomeWord(t.outcome, lang),
          nameOf(t.target, lang),
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
    out.push(`### ${localize(REVIEW_WORDS.revisions, lang, { count: review.revisions.length })}`, '');
    out.push(head(DIFF_WORDS.colIndicator, REVIEW_WORDS.colEstimate, DIFF_WORDS.colOldLine, REVIEW_WORDS.colStated, DIFF_WORDS.colLine), '|---|---:|---:|---:|---:|');
    const framed = (text: string, frame: string) => localize(REVIEW_WORDS.framed, lang, { text, frame });
    for (const r of review.revisions) {
      out.push(row([nameOf(r.estimate, lang), framed(r.estimate.text, timeFrameOf(r.estimate, lang)), String(r.estimate.span.start.line), framed(r.stated.text, timeFrameOf(r.stated, lang)), String(r.stated.span.start.line)]));
    }
    out.push('');
  }
  return out.join('\n');
}
