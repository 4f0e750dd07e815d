import { isDigitByDigit, parseChineseNumeral } from '../numeral/chinese.js';
import { parseMixedNumeral } from '../numeral/mixed.js';
import { isAsciiDigit, isBigMagnitude, isChineseNumeral, isDigit, isMagnitudeChar } from './chars.js';
import { magnitudeAt, unitStartsAt } from './unit.js';

/**
 * A number token as written: Arabic (1,234 / 47．2 / ３０), mixed (10万 / 1万6千 / 3.5万亿) or
 * Chinese (一百二十 / 两万 / 十). A trailing 万/亿 is kept apart (`coreEnd`) because it belongs to
 * the unit when the unit follows directly (82.7万亿元 → 82.7 万亿元) and to the value when a
 * qualifier intervenes (10万余次 → 100000 次).
 */
export interface NumberToken {
  start: number;
  end: number;
  /** End of the number without its trailing 万/亿 run (== end when there is none). */
  coreEnd: number;
  chinese: boolean;
  /** Digit-by-digit Chinese (二〇二五, 三四): years and approximations, never a count. */
  digitByDigit: boolean;
}

/** Longest numeral that we still read as a number; anything longer is a code or garbage. */
const MAX_TOKEN = 40;

/**
 * Lexes the number starting at `at` (a NUM_START character) into `out`. Always consumes at
 * least one character and never looks back, so the scanner stays linear even on a megabyte of
 * digits.
 */
export function lexNumber(text: string, at: number, limit: number, out: NumberToken = newToken()): NumberToken {
  const first = text.charCodeAt(at);
  let p = at;
  let chinese = false;
  if (isDigit(first)) {
    for (;;) {
      while (p < limit && isDigit(text.charCodeAt(p))) p++;
      // A half-width comma is a thousands separator only before exactly three digits
      // (1,234件); otherwise it is this corpus's Chinese comma (受理90件,审结70件).
      while (
        p + 3 < limit &&
        text.charCodeAt(p) === 0x2c &&
        isAsciiDigit(text.charCodeAt(p + 1)) &&
        isAsciiDigit(text.charCodeAt(p + 2)) &&
        isAsciiDigit(text.charCodeAt(p + 3)) &&
        !isDigit(text.charCodeAt(p + 4))
      ) {
        p += 4;
      }
      const c = text.charCodeAt(p);
      if ((c === 0x2e || c === 0xff0e) && p + 1 < limit && isDigit(text.charCodeAt(p + 1))) {
        p++;
        while (p < limit && isDigit(text.charCodeAt(p))) p++;
      }
      // Mixed numerals: 10万, 1万6千, 3.5万亿 — but not the 千 of 千米 or the 百 of 百分点.
      let q = p;
      while (q < limit && isMagnitudeChar(text.charCodeAt(q)) && !unitStartsAt(text, q)) q++;
      if (q === p) break;
      p = q;
      if (!(p < limit && isDigit(text.charCodeAt(p)))) break;
    }
  } else {
    chinese = true;
    while (p < limit && isChineseNumeral(text.charCodeAt(p)) && !(p > at && unitStartsAt(text, p))) p++;
  }
  let coreEnd = p;
  while (coreEnd > at + 1 && isBigMagnitude(text.charCodeAt(coreEnd - 1))) coreEnd--;
  out.start = at;
  out.end = p;
  out.coreEnd = coreEnd;
  out.chinese = chinese;
  out.digitByDigit = chinese && p - at > 1 && isDigitByDigit(text.slice(at, p));
  return out;
}

/** A token to lex into; the scanner reuses two so that rejected numbers allocate nothing. */
export function newToken(): NumberToken {
  return { start: 0, end: 0, coreEnd: 0, chinese: false, digitByDigit: false };
}

export function tokenTooLong(tok: NumberToken): boolean {
  return tok.end - tok.start > MAX_TOKEN;
}

/** The value of text[start, end) as a number: Arabic, mixed or Chinese. NaN when unreadable. */
export function numberValue(text: string, start: number, end: number, chinese: boolean): number {
  if (!chinese) {
    const v = plainArabic(text, start, end);
    if (v !== null) return v;
  }
  const s = text.slice(start, end);
  return (chinese ? parseChineseNumeral(s) : parseMixedNumeral(s)) ?? Number.NaN;
}

/**
 * Fast path for the common case, digits with an optional decimal point and thousands commas,
 * computed without building a string. Long digit runs go through Number() to keep precision.
 */
function plainArabic(s: string, start: number, end: number): number | null {
  if (end - start > 15) return plainArabicSlow(s.slice(start, end));
  let int = 0;
  let frac = 0;
  let digits = 0; // after the point
  let point = false;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xfee0;
    if (c >= 0x30 && c <= 0x39) {
      if (point) {
        frac = frac * 10 + (c - 0x30);
        digits++;
      } else int = int * 10 + (c - 0x30);
    } else if ((c === 0x2e || c === 0xff0e) && !point) point = true;
    else if (c !== 0x2c) return null;
  }
  // Integers need no string; a decimal is rebuilt once so that 47.2 parses exactly as written.
  return point ? Number(`${int}.${String(frac).padStart(digits, '0')}`) : int;
}

function plainArabicSlow(s: string): number | null {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += s[i];
    else if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x2e || c === 0xff0e) out += '.';
    else if (c !== 0x2c) return null;
  }
  const n = Number(out);
  return Number.isFinite(n) ? n : null;
}

/**
 * One space typed between an Arabic number and its unit or 余/多 (3 个, 470 余人次, 12.5 %): the
 * figure is still there. Not after a Chinese numeral, and not two spaces (columns of a table).
 */
export function spaceBeforeUnit(text: string, tok: NumberToken): boolean {
  if (tok.chinese || tok.end !== tok.coreEnd || text.charCodeAt(tok.end) !== 0x20) return false;
  const c = text.charCodeAt(tok.end + 1);
  return c === 0x4f59 /* 余 */ || c === 0x591a /* 多 */ || unitStartsAt(text, tok.end + 1) || magnitudeAt(text, tok.end + 1) !== '';
}
