/**
 * The gates a read quantity passes before it is a figure: what follows its unit, what it names
 * (a session, a plan period, a formula), and for a Chinese numeral whether it counts at all.
 */
import {
  chineseCounts,
  closesClause,
  countsWork,
  excludedBySuffix,
  isFormula,
  isPlanPeriod,
  isTeamFormat,
  isScaleClass,
  isSessionName,
  isThreshold,
  isThresholdAfterOver,
  isWithinDistance,
} from './exclude.js';
import type { UnitDef } from './unit.js';

/** What the scanner does with a quantity: keep it, or skip it and resume after the number or after the unit. */
export const KEEP = 0;
const SKIP = 1;
export const SKIP_UNIT = 2;

/** The gate of the quantity at [at, unitEnd) with unit `unit` (as written, '' when none). */
export function gate(text: string, at: number, unitEnd: number, def: UnitDef | null, hasUnit: boolean, unit: string): number {
  if (excludedBySuffix(text, unitEnd)) return SKIP_UNIT;
  if (isThreshold(text, unitEnd, def) || isThresholdAfterOver(text, at, unitEnd, def) || isScaleClass(text, unitEnd) || isWithinDistance(text, unitEnd, def)) {
    return SKIP_UNIT;
  }
  if (hasUnit && (isSessionName(text, at, unitEnd, unit) || isPlanPeriod(text, unitEnd, unit) || isTeamFormat(text, unitEnd, unit))) return SKIP;
  if (isFormula(text, unitEnd)) return SKIP;
  return KEEP;
}

/**
 * Whether a figure in a Chinese numeral counts: `scaledValue` with its magnitude, `inner` its
 * 余/多, a change when `verb` is said of a multiple or percent.
 */
export function chineseFigureCounts(text: string, at: number, unitEnd: number, afterEnd: number, def: UnitDef | null, scaledValue: number, inner: boolean, verb: string | null): boolean {
  const isChange = verb !== null && (def?.kind === 'multiple' || def?.kind === 'percent');
  const small = scaledValue >= 2 && scaledValue < 100 && Number.isInteger(scaledValue);
  return chineseCounts(scaledValue, inner, closesClause(text, afterEnd), isChange, small && countsWork(text, at, unitEnd));
}
