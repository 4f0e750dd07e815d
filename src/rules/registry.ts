import { approximateExact } from './approximate-exact.js';
import { bracketBalance } from './bracket-balance.js';
import { doubledPunctuation } from './doubled-punctuation.js';
import { emptySection } from './empty-section.js';
import { enumeratorOrder } from './enumerator-order.js';
import { halfWidthPunctuation } from './half-width-punctuation.js';
import { headingDotMixed } from './heading-dot-mixed.js';
import { headingArabicComma } from './heading-arabic-comma.js';
import { headingLadder } from './heading-ladder.js';
import { headingPunctuation } from './heading-punctuation.js';
import { headingRestart } from './heading-restart.js';
import { headingSequence } from './heading-sequence.js';
import { indicatorConflict } from './indicator-conflict.js';
import { numeralConsistency } from './numeral-consistency.js';
import { miswriting } from './miswriting.js';
import { outdatedTerm } from './outdated-term.js';
import { partExceedsWhole } from './part-exceeds-whole.js';
import { partsSum } from './parts-sum.js';
import { placeholder } from './placeholder.js';
import { rangeUnit } from './range-unit.js';
import { rateConsistency } from './rate-consistency.js';
import { rateRange } from './rate-range.js';
import { rateWithoutBase } from './rate-without-base.js';
import { repeatedSentence } from './repeated-sentence.js';
import { reportEmpty } from './report-empty.js';
import { requiredParts } from './required-parts.js';
import { shortcomingCauses } from './shortcoming-causes.js';
import { spaceBetweenChinese } from './space-between-chinese.js';
import { titleForm } from './title-form.js';
import { outlineMissing } from './outline-missing.js';
import { titleMissing } from './title-missing.js';
import { vagueDate } from './vague-date.js';
import { yearAbbreviated } from './year-abbreviated.js';
import { yearMismatch } from './year-mismatch.js';
import type { AnyRule } from './rule.js';

/**
 * Every rule, grouped by family in the order `report-lint rules` lists them.
 *
 * Where is a check? In its rule's file (`src/rules/<id>.ts`), with two exceptions that belong to
 * the report's profile: `required-parts` and `shortcoming-causes` report the issues of the
 * profile's contents schema (`contents` in src/profiles/fazhi.ts, gzbg.ts, generic.ts, built with
 * `required` of src/profiles/require.ts), each issue naming its rule. A profile's other facts are
 * data read by a rule: `relations` (审结 ≤ 受理 by catalogue key) by part-exceeds-whole, which
 * also finds parts and wholes by their verbs; `annual` by year-mismatch; `title` by title-form and
 * title-missing. Rate bounds are rate-range's alone, for every profile.
 */
export const RULES: readonly AnyRule[] = [
  // structure
  reportEmpty,
  titleMissing,
  titleForm,
  outlineMissing,
  headingSequence,
  headingRestart,
  headingLadder,
  headingPunctuation,
  headingArabicComma,
  headingDotMixed,
  emptySection,
  enumeratorOrder,
  // completeness
  requiredParts,
  shortcomingCauses,
  // indicators
  rateRange,
  rateConsistency,
  partExceedsWhole,
  partsSum,
  indicatorConflict,
  rateWithoutBase,
  approximateExact,
  // punctuation
  halfWidthPunctuation,
  bracketBalance,
  doubledPunctuation,
  spaceBetweenChinese,
  // numbers (GB/T 15835)
  yearAbbreviated,
  rangeUnit,
  numeralConsistency,
  // wording
  placeholder,
  vagueDate,
  yearMismatch,
  outdatedTerm,
  miswriting,
  repeatedSentence,
];

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}
