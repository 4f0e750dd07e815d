import type { DiffIndicator } from '../schema/diff.js';
import type { TargetOutcome, TargetReviewResult } from '../schema/review.js';
import { reportYearWords } from './diff-rows.js';
import { REVIEW_WORDS } from '../i18n/diff-words.js';
import { localize, type Lang } from '../i18n/text.js';

export { nameOf } from './diff-rows.js';

/** What the review formatters (stylish, markdown) share: the words for outcomes, figures and the summary. */
export function outcomeWord(outcome: TargetOutcome, lang: Lang = 'zh'): string {
  return REVIEW_WORDS[outcome][lang];
}

// How a target's bound reads beside its figure when its words leave it out: 控制在5.5%以内 → 5.5%(≤).
const BOUND_MARK = { 'at-least': '≥', 'at-most': '≤', about: '≈', exact: '' } as const;

/** A target as written, with its qualifier or bound when the text does not carry them. */
export function targetText(x: DiffIndicator, bound: keyof typeof BOUND_MARK | null): string {
  if (x.approx && !x.text.includes(x.approx)) return `${x.text}(${x.approx})`;
  const mark = bound ? BOUND_MARK[bound] : '';
  return mark ? `${x.text}(${mark})` : x.text;
}

export function headline(review: TargetReviewResult, previousFile: string, currentFile: string, lang: Lang = 'zh'): string {
  return localize(REVIEW_WORDS.headline, lang, {
    previous: previousFile + reportYearWords(review.previous, lang),
    current: currentFile + reportYearWords(review.current, lang),
  });
}

export function summaryLine(review: TargetReviewResult, lang: Lang = 'zh'): string {
  const s = review.summary;
  const year = review.year === null ? '' : localize(REVIEW_WORDS.yearOf, lang, { year: review.year });
  if (s.targets === 0) return localize(REVIEW_WORDS.noTargets, lang, { year: year || REVIEW_WORDS.itsYear[lang] });
  return localize(REVIEW_WORDS.counts, lang, { ...s, year }).trim();
}
