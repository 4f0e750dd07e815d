/**
 * How Word writes the number of a list level (w:numFmt) as text: the formats a Chinese report's
 * headings use (一、 （一） 1. （1） ① 甲), with the rest falling back to decimal. Declarative:
 * a format is either a digit table or a function of the number.
 */
import { HAN_DIGIT_BY_VALUE } from '../text/numerals.js';

const HAN_DIGITS = HAN_DIGIT_BY_VALUE;
// Counting writes zero between places as 零 (一百零五); digit by digit it is 〇 (二〇二五).
const HAN_COUNTING = '零一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const TEN_STEMS = '甲乙丙丁戊己庚辛壬癸';
const TWELVE_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  chineseCounting: (n) => hanCounting(n, HAN_COUNTING, '十百千'),
  chineseCountingThousand: (n) => hanCounting(n, HAN_COUNTING, '十百千'),
  taiwaneseCounting: (n) => hanCounting(n, HAN_COUNTING, '十百千'),
  taiwaneseCountingThousand: (n) => hanCounting(n, HAN_COUNTING, '十百千'),
  japaneseCounting: (n) => hanCounting(n, HAN_COUNTING, '十百千'),
  chineseLegalSimplified: (n) => hanCounting(n, LEGAL_DIGITS, '拾佰仟', true),
  ideographLegalTraditional: (n) => hanCounting(n, '零壹貳參肆伍陸柒捌玖', '拾佰仟', true),
  ideographDigital: (n) => [...String(n)].map((d) => HAN_DIGITS[Number(d)]).join(''),
  taiwaneseDigital: (n) => [...String(n)].map((d) => HAN_DIGITS[Number(d)]).join(''),
  ideographTraditional: (n) => cycle(TEN_STEMS, n),
  ideographZodiac: (n) => cycle(TWELVE_BRANCHES, n),
  decimalEnclosedCircle: (n) => enclosed(n, 0x2460, 20),
  decimalEnclosedCircleChinese: (n) => enclosed(n, 0x2460, 20),
  ideographEnclosedCircle: (n) => (n >= 1 && n <= 10 ? String.fromCharCode(0x3280 + n - 1) : String(n)),
  decimalEnclosedParen: (n) => enclosed(n, 0x2474, 20),
  decimalEnclosedFullstop: (n) => enclosed(n, 0x2488, 20),
  upperLetter: (n) => letters(n, 65),
  lowerLetter: (n) => letters(n, 97),
  upperRoman: (n) => roman(n),
  lowerRoman: (n) => roman(n).toLowerCase(),
  none: () => '',
};

/** The number n in the format named; null for a bullet (a glyph, not text). */
export function formatNumber(n: number, format: string): string | null {
  if (format === 'bullet') return null;
  return (FORMATS[format] ?? String)(n);
}

function fullWidth(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五: as Word counts in Chinese. */
function hanCounting(n: number, digits: string, units: string, legal = false): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts: string[] = [];
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let zero = false;
  for (let p = 0; p < 4; p++) {
    const d = places[p] as number;
    const unit = p < 3 ? units[2 - p] : '';
    if (d === 0) {
      if (parts.length > 0) zero = true;
      continue;
    }
    if (zero) parts.push(digits[0] as string);
    zero = false;
    // 十一, not 一十一, in counting (not in the legal forms: 壹拾壹).
    if (!(p === 2 && d === 1 && parts.length === 0 && !legal)) parts.push(digits[d] as string);
    parts.push(unit as string);
  }
  return parts.join('');
}

function cycle(chars: string, n: number): string {
  return n >= 1 ? (chars[(n - 1) % chars.length] as string) : String(n);
}

function enclosed(n: number, first: number, last: number): string {
  return n >= 1 && n <= last ? String.fromCharCode(first + n - 1) : String(n);
}

/** A … Z, AA … ZZ, AAA …: Word repeats the letter. */
function letters(n: number, base: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(base + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [value, letters] of ROMAN) while (n >= value) (out += letters), (n -= value);
  return out;
}
