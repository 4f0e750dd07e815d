/**
 * A magnitude that is its own numeral: 上亿人, 近千万家庭, 率先破亿, 突破万亿, 百万户以上. Said with 上
 * or a prefix qualifier; bare only as 百万/千万 before a count unit. 万 alone is a figure only with
 * a unit (上万家), as it begins words (万众, 万物).
 */
import { charSet } from '../text/space.js';
import { NUM_START, charTable } from './char-table.js';
import { isMagnitudeChar } from './chars.js';
import { prefixQualifier } from './qualifier.js';
import type { Quantity } from './quantity.js';
import { magnitudeAt, matchUnit } from './unit.js';

// 上 says "of the order of" before a magnitude (上亿人, 上千万群众) except as the end of a word
// (迈上万亿台阶, 基础上, 线上).
const NOT_BEFORE_UP = charSet('迈登走跨踏爬之以线会础面向马路加赶');

/**
 * The magnitude word at `at`, read into `q` (value 1 in the magnitude's unit; `q.inner` is 上
 * when 上 says it, and the span then starts at the 上): its span's end, or -1 when it is none.
 */
export function readMagnitudeWord(text: string, start: number, q: Quantity, at: number, clauseStart: number): number {
  const magnitude = magnitudeAt(text, at);
  if (!magnitude) return -1;
  if (at > start) {
    // 数百万, 几千万 are vague; a numeral right before was read with it.
    const b = text.charCodeAt(at - 1);
    if (((charTable()[b] as number) & NUM_START) || isMagnitudeChar(b) || b === 0x6570 /* 数 */ || b === 0x51e0 /* 几 */) return -1;
  }
  const up = at - 1 >= start && text.charCodeAt(at - 1) === 0x4e0a /* 上 */ && !NOT_BEFORE_UP.has(text.charCodeAt(at - 2));
  const qualified = up || prefixQualifier(text.slice(Math.max(clauseStart, at - 4), at)) !== null;
  if (!matchUnit(text, at, q.unit)) return -1;
  const def = q.unit.def;
  if (qualified ? !def && magnitude === '万' : !(def?.kind === 'count' && (magnitude === '百万' || magnitude === '千万'))) return -1;
  q.value = 1;
  q.inner = up ? '上' : null;
  q.hasUnit = true;
  q.end = q.unit.end;
  q.scaled = false;
  return q.unit.end;
}
