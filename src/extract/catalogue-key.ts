/** A figure's catalogue key (the indicator it is, across reports), through the scan's matcher. */
import type { IndicatorKind, UnitKind } from '../schema/indicator.js';
import type { MatchInput } from '../catalogue/match.js';

/**
 * The key of a figure, or undefined: `input` is the scan's one record, filled in place (the
 * matcher reads it and keeps nothing); `before` the words before the figure.
 */
export function catalogueKey(
  match: (input: MatchInput) => string | undefined,
  input: MatchInput,
  before: string,
  label: string,
  kind: IndicatorKind,
  unitKind: UnitKind,
  unit: string,
  baseValue: number,
): string | undefined {
  // 从54万亿元增加到…: the starting point of a comparison is not the indicator itself.
  const lastBefore = before.charCodeAt(before.length - 1);
  if (lastBefore === 0x4ece /* 从 */ || lastBefore === 0x7531 /* 由 */) return undefined;
  input.label = label;
  input.kind = kind;
  input.unitKind = unitKind;
  input.unit = unit;
  input.baseValue = baseValue;
  return match(input);
}
