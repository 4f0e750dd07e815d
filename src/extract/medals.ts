/** Medal tallies, in order: 勇夺4金1银1铜, 取得1金1银; each part a figure of its medal. */
import { isDigit } from './chars.js';
import { excludedByPrefix } from './exclude.js';
import { lexNumber, numberValue, tokenTooLong, type NumberToken } from './number.js';

export const MEDAL_ORDER = '金银铜';
/** The noun each part counts, added to the tally's subject (勇夺4金1银 → 勇夺金牌, 勇夺银牌). */
export const MEDAL_NOUN: Readonly<Record<string, string>> = { 金: '金牌', 银: '银牌', 铜: '铜牌' };

export interface MedalPart {
  start: number;
  end: number;
  value: number;
  medal: string;
}

/** The parts of the tally at `at`; null when fewer than two follow each other in order (5金融机构). */
export function readMedals(text: string, end: number, spare: NumberToken, at: number): MedalPart[] | null {
  if (excludedByPrefix(text, at, false)) return null;
  const parts: MedalPart[] = [];
  let p = at;
  let order = 0;
  while (p < end && isDigit(text.charCodeAt(p))) {
    const tok = lexNumber(text, p, end, spare);
    if (tok.chinese || tok.end !== tok.coreEnd || tokenTooLong(tok)) break;
    const m = MEDAL_ORDER.indexOf(text[tok.end] as string);
    if (m < order) break;
    parts.push({ start: p, end: tok.end + 1, value: numberValue(text, p, tok.end, false), medal: text[tok.end] as string });
    order = m + 1;
    p = tok.end + 1;
  }
  return parts.length < 2 ? null : parts;
}
