import type { Indicator } from '../schema/indicator.js';

/**
 * Whether two figures hold for the same time: the same status (a result with a result, not with
 * a target) and the same period (a year's count with that year's count, not with a half-year's
 * or a five-year total's). A part and its whole, a rate and its counts are only compared so.
 */
export function sameTimeFrame(a: Pick<Indicator, 'status' | 'period'>, b: Pick<Indicator, 'status' | 'period'>): boolean {
  return a.status === b.status && a.period === b.period;
}
