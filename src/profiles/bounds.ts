import type { Indicator } from '../schema/indicator.js';

// Qualifiers that make a figure a lower bound (1600余次: 1600 or more) or a rough value.
const AT_LEAST = new Set(['余', '多', '超', '超过', '逾', '以上', '不少于', '不低于']);
const OPEN_ABOVE = new Set(['超', '超过', '逾', '以上', '不少于', '不低于']);
const ABOUT = new Set(['近', '约', '左右', '上下', '将近', '大约']);
const AT_MOST = new Set(['不到', '以内', '以下', '不足', '近']);
const ROUGHLY = 0.1;

/** The largest value a figure can stand for: 1600余 → 1700, 超过1600 → ∞, 约1600 → 1760. */
export function upperBound(indicator: Indicator): number {
  const { approx } = indicator;
  const v = indicator.base.value;
  if (approx === null || AT_MOST.has(approx)) return v;
  if (OPEN_ABOVE.has(approx)) return Number.POSITIVE_INFINITY;
  if (AT_LEAST.has(approx)) return v + placeValue(v);
  if (ABOUT.has(approx)) return v * (1 + ROUGHLY);
  return Number.POSITIVE_INFINITY;
}

/** The smallest value a figure can stand for: 3158 → 3158, 近1600 → 1440. */
export function lowerBound(indicator: Indicator): number {
  const { approx } = indicator;
  const v = indicator.base.value;
  if (approx === null || AT_LEAST.has(approx)) return v;
  if (ABOUT.has(approx)) return v * (1 - ROUGHLY);
  return 0;
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
