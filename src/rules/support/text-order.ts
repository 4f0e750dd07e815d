import type { Indicator } from '../../schema/indicator.js';

/**
 * The indicators by where they start. The extractor gives them in that order, so the list is
 * only checked (one pass), and copied and sorted when it is not. The answer is kept per list:
 * several rules ask of the same one, and a check of a long report's list is a pass over 100k
 * figures each time.
 */
export function inTextOrder(indicators: readonly Indicator[]): readonly Indicator[] {
  ordered ??= new WeakMap();
  let found = ordered.get(indicators);
  if (found === undefined) ordered.set(indicators, (found = sortedByStart(indicators)));
  return found;
}

let ordered: WeakMap<readonly Indicator[], readonly Indicator[]> | undefined;

function sortedByStart(indicators: readonly Indicator[]): readonly Indicator[] {
  for (let i = 1; i < indicators.length; i++) {
    if ((indicators[i] as Indicator).span.start.offset < (indicators[i - 1] as Indicator).span.start.offset) {
      return [...indicators].sort((a, b) => a.span.start.offset - b.span.start.offset);
    }
  }
  return indicators;
}
