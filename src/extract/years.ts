/** Lengths of time in years (平均受教育年限13.5年, 工龄满20年); elsewhere 年 after a number is a year. */
import { charSet } from '../text/space.js';
import { numberValue } from './number.js';
import { fillUnit, type Quantity } from './quantity.js';
import { YEARS } from './unit.js';

// A length of time named before a figure in years.
const DURATION_BEFORE = /年限|工龄|学制|年数/;
const DURATION_BACK = 24;
// After the 年 of a year, never of a duration: 2025年底, 年末, 年度, 年代, 年级 …
const NOT_DURATION_AFTER = charSet('底末度初前后代级内中间来');

/** The years at `at` (the number lexed into `q.tok`, 年 after it), read into `q`: its span's end, or -1. */
export function readYears(text: string, q: Quantity, at: number, clauseStart: number): number {
  const unitEnd = q.tok.end + 1;
  if (NOT_DURATION_AFTER.has(text.charCodeAt(unitEnd))) return -1;
  const value = numberValue(text, at, q.tok.end, false);
  if (!(value > 0 && value < 100)) return -1;
  if (!DURATION_BEFORE.test(text.slice(Math.max(clauseStart, at - DURATION_BACK), at))) return -1;
  return fillUnit(q, value, YEARS, '', unitEnd, null) ? unitEnd : -1;
}
