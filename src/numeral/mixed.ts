import { isDigit } from '../text/cjk.js';
import { parseGrouped } from './chinese.js';

/**
 * Arabic numbers with Chinese magnitudes as reports write them: 10万, 3.5万, 1万6千, 1亿3千, 3万亿,
 * full-width digits (３０万) and thousands separators (1,234). Returns null for anything else.
 *
 * The Arabic runs are replaced by placeholder characters so that the grouping logic of
 * parseChineseNumeral (十百千 inside 万 inside 亿) is shared rather than written twice.
 */
export function parseMixedNumeral(s: string): number | null {
  const parts: number[] = [];
  let shape = '';
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      let j = i;
      let num = '';
      while (j < s.length) {
        const d = s.charCodeAt(j);
        if (isDigit(d)) num += String.fromCharCode(d >= 0xff10 ? d - 0xfee0 : d);
        else if ((d === 0x2e || d === 0xff0e) && j + 1 < s.length && isDigit(s.charCodeAt(j + 1))) num += '.';
        else if (d !== 0x2c) break; // thousands comma: the lexer already checked the 3-digit rule
        j++;
      }
      const n = Number(num);
      if (!Number.isFinite(n)) return null;
      shape += String.fromCharCode(0xe000 + parts.length); // private-use placeholder
      parts.push(n);
      i = j;
      continue;
    }
    shape += s[i];
    i++;
  }
  if (parts.length === 0) return null;
  return parseGrouped(shape, (ch) => {
    const k = ch.charCodeAt(0) - 0xe000;
    return k >= 0 && k < parts.length ? parts[k] : undefined;
  });
}
