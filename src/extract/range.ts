/**
 * Ranges: 5%—8%, 200—300人, 63%～68%, 3至5个. The separator must join the two numbers directly;
 * 由10.2%下降到3.1% is two figures, not a range.
 */
import { charSet } from '../text/space.js';

export const RANGE_SEPARATORS = '—–－-~～〜至到';
const SEPARATORS = charSet(RANGE_SEPARATORS);

/** Length of the range separator at `at` (0 when none). A doubled dash (——) is a list marker. */
export function rangeSeparatorAt(text: string, at: number): number {
  // By char code throughout: text[at] would make a string of every Chinese character it reads.
  const c = text.charCodeAt(at);
  if (!SEPARATORS.has(c)) return 0;
  if ((c === 0x2014 || c === 0x2d) && text.charCodeAt(at + 1) === c) return 0; // —— --
  return 1;
}

