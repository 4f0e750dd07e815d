import type { Indicator } from '../../schema/indicator.js';

/**
 * The indicators by where they start. The extractor gives them in that order, so the list is
 * only checked (one pass), and copied and sorted when it is not.
 */
export function inTextOrder(indicators: readonly Indicator[]): readonly Indicator[] {
  for (let i = 1; i < indicators.length; i++) {
    if ((indicators[i] as Indicator).span.start.offset < (indicators[i - 1] as Indicator).span.start.offset) {
      return [...indicators].sort((a, b) => a.span.start.offset - b.span.start.offset);
    }
  }
  return indicators;
}
