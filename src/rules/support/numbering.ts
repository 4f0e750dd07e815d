import type { MarkerStyle } from '../../schema/outline.js';
import { HAN_DIGIT_BY_VALUE } from '../../text/numerals.js';

const DIGITS = HAN_DIGIT_BY_VALUE;
export const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 1–99 in Chinese numerals, as headings write them: 十, 十一, 二十, 二十一. */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] as string;
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/**
 * The marker a heading or item of this style and number is written with (GB/T 9704); a part
 * numbered 01｜ as `written` is numbered alike.
 */
export function markerFor(style: MarkerStyle, n: number, written = ''): string {
  switch (style) {
    case 'cn-comma':
      return `${chineseNumeral(n)}、`;
    case 'cn-paren':
      return `（${chineseNumeral(n)}）`;
    case 'arabic-dot':
      return `${n}.`;
    case 'arabic-paren':
      return `（${n}）`;
    case 'circled':
      return CIRCLED[n - 1] ?? `(${n})`;
    case 'item-shi':
      return `${chineseNumeral(n)}是`;
    case 'item-di':
      return `第${chineseNumeral(n)}，`;
    case 'markdown':
      return '#';
    case 'annex':
      return `附件${n}`;
    case 'part': {
      const bar = /^([0-9０-９]+)([ \u3000]?[｜|\u4e28])$/.exec(written);
      return bar ? `${String(n).padStart((bar[1] as string).length, '0')}${bar[2]}` : `第${chineseNumeral(n)}部分`;
    }
  }
}

/** The ladder of GB/T 9704 headings, top first: 一、 → （一） → 1. → （1） → ①. */
export const LADDER: readonly MarkerStyle[] = ['cn-comma', 'cn-paren', 'arabic-dot', 'arabic-paren', 'circled'];
