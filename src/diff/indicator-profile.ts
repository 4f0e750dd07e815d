import type { Indicator } from '../schema/indicator.js';
import { contextOf } from './context.js';
import type { Headings } from './headings.js';
import { labelKey } from './normalise.js';
import type { Bigrams, Vocabulary } from './similarity.js';

/** One side of the indicator alignment: the text, its indicators and its headings. */
export interface IndicatorSide {
  text: string;
  indicators: readonly Indicator[];
  headings: Headings;
  /** The year the report reviews: periods are compared relative to it (2017 of a 2018 report ↔ 2015 of a 2016 report). */
  reviewed: number | null;
}

/** What the alignment compares of an indicator, computed once. */
export interface IndicatorProfile {
  indicator: Indicator;
  label: Bigrams;
  labelEmpty: boolean;
  context: Bigrams;
  /** Index of its heading in the side's headings; null in the preamble. */
  heading: number | null;
  /** Offset / text length: where in the report it is, 0–1. */
  position: number;
  /**
   * Only indicators of one group can be compared: same unit kind and base unit, same status and
   * aggregate, and the same period relative to the year each report reviews.
   */
  group: string;
  /** The catalogue key without its .target ending: the status says that. */
  key: string | null;
}

/**
 * `relative`: whether periods are compared relative to each side's reviewed year (both are known);
 * else they are left out of the group.
 */
export function profileIndicators(side: IndicatorSide, vocabulary: Vocabulary, relative = true): IndicatorProfile[] {
  const length = Math.max(1, side.text.length);
  return side.indicators.map((indicator) => {
    const key = labelKey(indicator.label);
    return {
      indicator,
      label: vocabulary.bigrams(key),
      labelEmpty: key.length === 0,
      context: vocabulary.bigrams(contextOf(side.text, indicator.span.start.offset, indicator.span.end.offset)),
      heading: side.headings.indexOfId(indicator.sectionId),
      position: indicator.span.start.offset / length,
      // A target (增长6.5%左右) is not the outcome it aims at, a five-year total not a year's
      // figure, a 2020 goal not the year's result, an estimate not a result.
      group: `${indicator.unitKind}|${indicator.base.unit}|${indicator.status}|${indicator.aggregate}|${relative ? relativePeriod(indicator.period, side.reviewed, indicator.status) : ''}`,
      key: indicator.key ? indicator.key.replace(TARGET_KEY, '') : null,
    };
  });
}

const TARGET_KEY = /\.target$/;
const YEAR = /\d{4}/g;

/**
 * A period relative to the reviewed year: 2017 of a report reviewing 2017 is "R+0", 2013/2017
 * "R-4/R+0", 2018-01/2018-06 "R+1-01/R+1-06". A goal for a year after the one planned (到2027年)
 * stays that year ("G2027"): restated a year on, it is the same goal. Unknown stays "?".
 */
function relativePeriod(period: string | null, reviewed: number | null, status?: Indicator['status']): string {
  if (period === null) return '?';
  if (reviewed === null) return period;
  if (status === 'target' && SINGLE_YEAR.test(period) && Number(period) > reviewed + 1) return `G${period}`;
  return period.replace(YEAR, (y) => {
    const d = Number(y) - reviewed;
    return d < 0 ? `R${d}` : `R+${d}`;
  });
}

const SINGLE_YEAR = /^\d{4}$/;
