/**
 * A unit written once for two numbers: 分别下降1.2和0.8个百分点, 3和5万人. The first number is
 * measured in the unit of the second; its span is the number alone.
 */
import { excludedByPrefix } from './exclude.js';
import { lexNumber, numberValue } from './number.js';
import { fillUnit, readQuantity, type Quantity } from './quantity.js';

/**
 * The number at `at` (Arabic, lexed into `q.tok`) in the unit of the number after the 和 or 、
 * that follows it, read with `second`: the first's span end, or -1 when the second has no unit.
 */
export function readUnitAfter(text: string, end: number, q: Quantity, second: Quantity, at: number): number {
  const numberEnd = q.tok.end;
  const tok = lexNumber(text, numberEnd + 1, end, second.tok);
  if (tok.chinese || tok.digitByDigit || !readQuantity(text, second) || !second.hasUnit || second.inner || !second.unit.def) return -1;
  if (excludedByPrefix(text, at, false)) return -1;
  const value = numberValue(text, at, numberEnd, false);
  return fillUnit(q, value, second.unit.def, second.unit.magnitude, numberEnd, null) ? numberEnd : -1;
}
