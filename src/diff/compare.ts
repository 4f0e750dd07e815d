import type { Indicator } from '../schema/indicator.js';
import type { ValueChange } from '../schema/diff.js';

/**
 * Two values of one indicator, compared on their normalised (`base`) values: 1.2亿元 and
 * 12000万元 are equal, and 1600余次 is 1600 次. For percentages the absolute change is in
 * percentage points.
 */
const EPSILON = 1e-9;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The value as a range in the base unit; a single value is a range of one point. */
function rangeOf(x: Indicator): { low: number; high: number } {
  if (!x.range) return { low: x.base.value, high: x.base.value };
  const scale = x.value !== 0 ? x.base.value / x.value : 1;
  return { low: x.range.low * scale, high: x.range.high * scale };
}

/** A range (6.5%－7%) changes by its midpoint. */
export function compareValues(old: Indicator, neu: Indicator): ValueChange | null {
  const a = rangeOf(old);
  const b = rangeOf(neu);
  if (same(a.low, b.low) && same(a.high, b.high)) return null;
  const from = (a.low + a.high) / 2;
  const to = (b.low + b.high) / 2;
  const absolute = to - from;
  return {
    absolute,
    relative: from !== 0 ? absolute / Math.abs(from) : null,
    unit: neu.base.unit,
  };
}

/** Whether a change is at least `percent` per cent of the old value (a change from 0 always is). */
export function isAtLeast(change: ValueChange, percent: number): boolean {
  return change.relative === null || Math.abs(change.relative) * 100 >= percent - EPSILON;
}
