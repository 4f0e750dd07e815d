/**
 * A number with what directly follows it (余/多, the unit), read in place into a reusable record:
 * the scanner keeps one per role (the candidate, the second number of a range or a share).
 */
import { isBigMagnitude } from './chars.js';
import { innerQualifierAt } from './qualifier.js';
import { newToken, numberValue, spaceBeforeUnit, tokenTooLong, type NumberToken } from './number.js';
import { matchUnit, newUnitMatch, type UnitDef, type UnitMatch } from './unit.js';

export interface Quantity {
  tok: NumberToken;
  /** The value as written, in the unit as written. */
  value: number;
  inner: string | null;
  hasUnit: boolean;
  unit: UnitMatch;
  /** End of the quantity: after the unit, or after 余/多 when no unit follows. */
  end: number;
  /** Whether the value carries a 万/亿 (10万余 may stand without a unit; 1600余 may not). */
  scaled: boolean;
}

export function newQuantity(): Quantity {
  // value starts as a double (NaN, never read): a field that first holds a small integer is
  // changed to hold doubles at the first 1.5, which throws away the code compiled for it.
  return { tok: newToken(), value: NaN, inner: null, hasUnit: false, unit: newUnitMatch(), end: 0, scaled: false };
}

/** Reads what follows the number lexed into `q.tok`; false when it cannot be a quantity. */
export function readQuantity(text: string, q: Quantity): boolean {
  const tok = q.tok;
  const at = tok.start;
  if (tokenTooLong(tok) || tok.digitByDigit) return false;
  // 3 个, 470 余人次: a space typed between number and unit. The figure is read as written and
  // its span keeps the space; the spacing rule reports the space itself.
  const gap = spaceBeforeUnit(text, tok) ? 1 : 0;
  const inner = innerQualifierAt(text, tok.end + gap);
  let valueEnd: number;
  let p: number;
  if (inner) {
    // 10万余次: the magnitude before the qualifier is part of the value.
    p = tok.end + gap + 1;
    valueEnd = tok.end;
    const last = text[tok.end - 1];
    if ((last === '千' || last === '百' || last === '十') && text[p] === '万' && text.slice(at, tok.end).includes('亿')) {
      // 1亿3千多万: the 万 after the qualifier scales the 3千, not the whole number.
      q.value = numberValue(text.slice(at, tok.end) + '万', 0, tok.end - at + 1, tok.chinese);
      p++;
    } else {
      q.value = numberValue(text, at, valueEnd, tok.chinese);
    }
  } else {
    // 82.7万亿元: a trailing 万/亿 belongs to the unit as written.
    p = tok.coreEnd + gap;
    valueEnd = tok.coreEnd;
    q.value = numberValue(text, at, valueEnd, tok.chinese);
  }
  if (!Number.isFinite(q.value)) return false;
  q.inner = inner;
  // After 批 (首批12家长三角创新联合体) a count follows: 家 is its unit even before 长.
  q.hasUnit = matchUnit(text, p, q.unit, at > 0 && text.charCodeAt(at - 1) === 0x6279 /* 批 */);
  if (gap && !q.hasUnit && !inner) return false;
  q.end = q.hasUnit ? q.unit.end : inner ? p : tok.end;
  let scaled = false;
  for (let k = at; k < valueEnd && !scaled; k++) scaled = isBigMagnitude(text.charCodeAt(k));
  q.scaled = scaled;
  return true;
}

/**
 * Fills `q` with a figure whose unit is not read after its number (a share in words, 三分之一;
 * a unit written once for two numbers, 1.2和0.8个百分点): `value` in `def` at `magnitude`,
 * the span ending at `to`. Measured as no Chinese count is: such a figure counts at any value.
 */
export function fillUnit(q: Quantity, value: number, def: UnitDef | null, magnitude: string, to: number, inner: string | null): boolean {
  if (!Number.isFinite(value) || !def) return false;
  q.value = value;
  q.inner = inner;
  q.hasUnit = true;
  q.unit.magnitude = magnitude;
  q.unit.def = def;
  q.unit.unit = magnitude + def.unit;
  q.unit.end = to;
  q.end = to;
  q.scaled = false;
  return true;
}
