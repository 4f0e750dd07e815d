/** Ratios: 城乡居民收入比2.04∶1, 1∶3.4; not clock times (9:30, 10:30:15). */
import { isDigit, isLetter } from './chars.js';
import { lexNumber, numberValue, tokenTooLong, type NumberToken } from './number.js';
import { fillUnit, type Quantity } from './quantity.js';
import { RATIO_SEPARATORS } from './unit.js';

const BACK = 16; // how far back the words saying a colon is a ratio are looked for
// What says that a colon between two numbers is a ratio (城乡居民收入比2.04∶1, 师生之比), not a
// clock time (9:30); 比赛 is no ratio.
const RATIO_BEFORE = /比(?!赛)/;

export interface RatioSides {
  left: number;
  right: number;
}

/**
 * The ratio at `at` (its left side lexed into `q.tok`, before ∶ ： or :), read into `q` as
 * left/right; its sides, or null when it is none. `q.end` is where its span ends.
 */
export function readRatio(text: string, end: number, q: Quantity, spare: NumberToken, at: number, clauseStart: number): RatioSides | null {
  if (at > 0) {
    const b = text.charCodeAt(at - 1);
    if (isDigit(b) || isLetter(b) || b === 0x2e || b === 0x3a || b === 0xff1a || b === 0x2236) return null;
  }
  const sepAt = q.tok.end;
  const rightStart = sepAt + 1;
  if (rightStart >= end || !isDigit(text.charCodeAt(rightStart))) return null;
  const right = lexNumber(text, rightStart, end, spare);
  if (right.chinese || tokenTooLong(right) || right.end !== right.coreEnd) return null;
  const after = text.charCodeAt(right.end);
  if (isDigit(after) || isLetter(after) || after === 0x2e || after === 0x3a || after === 0xff1a || after === 0x2236 || after === 0x2f) return null;
  const left = numberValue(text, at, sepAt, false);
  const rightValue = numberValue(text, rightStart, right.end, false);
  if (!(left > 0 && rightValue > 0)) return null;
  // Said to be a ratio (收入比, 比例), or shaped as one: a side of 1 against a decimal (1∶3.4).
  const said = RATIO_BEFORE.test(text.slice(Math.max(clauseStart, at - BACK), at));
  const shaped = (left === 1 || rightValue === 1) && !(Number.isInteger(left) && Number.isInteger(rightValue));
  if (!said && !shaped) return null;
  if (!fillUnit(q, Number((left / rightValue).toPrecision(12)), RATIO_SEPARATORS[text[sepAt] as string] ?? null, '', right.end, null)) return null;
  return { left, right: rightValue };
}
