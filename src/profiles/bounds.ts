import { approxKind } from '../extract/qualifier.js';
import type { Indicator } from '../schema/indicator.js';

const ROUGHLY = 0.1;

/**
 * The values a figure can stand for, low and high, from what its qualifier means: 1600余 →
 * 1600–1700, 超过1600 → 1600–∞, 约1600 → 1440–1760, 近1600 → 1440–1600, 不到1600 → 0–1600.
 */
function valueRange(indicator: Indicator): readonly [low: number, high: number] {
  const v = indicator.base.value;
  if (indicator.approx === null) return [v, v];
  switch (approxKind(indicator.approx)) {
    case 'more':
      return [v, v + placeValue(v)];
    case 'above':
      return [v, Number.POSITIVE_INFINITY];
    case 'about':
      return [v * (1 - ROUGHLY), v * (1 + ROUGHLY)];
    case 'nearly':
      return [v * (1 - ROUGHLY), v];
    case 'below':
      return [0, v];
    default:
      return [0, Number.POSITIVE_INFINITY];
  }
}

/** The largest value a figure can stand for: 1600余 → 1700, 超过1600 → ∞, 约1600 → 1760. */
export function upperBound(indicator: Indicator): number {
  return valueRange(indicator)[1];
}

/** The smallest value a figure can stand for: 3158 → 3158, 近1600 → 1440. */
export function lowerBound(indicator: Indicator): number {
  return valueRange(indicator)[0];
}

/** Whether the figure is exact as written (no 余, 约, 超 …). */
export function isExact(indicator: Indicator): boolean {
  return indicator.approx === null;
}

/** The value of the last non-zero digit: 1600 → 100, 30000 → 10000, 97 → 1. */
function placeValue(v: number): number {
  if (!Number.isFinite(v) || v <= 0) return 1;
  let p = 1;
  while (v % (p * 10) === 0 && p < 1e12) p *= 10;
  return p;
}
