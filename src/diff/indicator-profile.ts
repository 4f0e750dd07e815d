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
  /** Only indicators of one group can be compared: same unit kind and base unit, outcome or target. */
  group: string;
}

export function profileIndicators(side: IndicatorSide, vocabulary: Vocabulary): IndicatorProfile[] {
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
      // A target (增长6.5%左右) is not the outcome it aims at.
      group: `${indicator.unitKind}|${indicator.base.unit}|${indicator.kind === 'target' ? 'target' : 'outcome'}`,
    };
  });
}
