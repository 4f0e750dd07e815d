/**
 * Ranges: 5%—8%, 200—300人, 63%～68%, 3至5个. The separator must join the two numbers directly;
 * 由10.2%下降到3.1% is two figures, not a range.
 */
export const RANGE_SEPARATORS = '—–－-~～〜至到';

/** Length of the range separator at `at` (0 when none). A doubled dash (——) is a list marker. */
export function rangeSeparatorAt(text: string, at: number): number {
  const c = text[at];
  if (c === undefined || !RANGE_SEPARATORS.includes(c)) return 0;
  if ((c === '—' || c === '-') && text[at + 1] === c) return 0;
  return 1;
}
