import type { MarkerStyle } from '../schema/outline.js';
import { parseChineseNumeral } from '../numeral/chinese.js';
import { foldDigits } from '../numeral/width.js';
import { charSet } from '../text/space.js';
import { ARABIC_DIGIT_RANGE, HAN_MARKER_NUMERAL, lazyRegExp } from '../text/numerals.js';

/** A numbering marker found at some offset of the text. */
export interface MarkerMatch {
  style: MarkerStyle;
  marker: string;
  ordinal: number;
  /** Offset just after the marker (and any separator written after it). */
  end: number;
}

const CN = HAN_MARKER_NUMERAL;
const DIGITS = ARABIC_DIGIT_RANGE;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

// Anchored with the sticky flag so each test looks at exactly one offset. Every pattern is a
// bounded run of one class followed by fixed characters: linear, no backtracking blow-up.
// A stray separator after a bracketed marker (（一）、 (1).) is still a heading: lint reports it.
// Built on first use (no work at module load), once.
let patterns: ReadonlyArray<[MarkerStyle, RegExp]> | null = null;
const headingPatterns = (): ReadonlyArray<[MarkerStyle, RegExp]> => (patterns ??= [
  ['cn-paren', new RegExp(`[（(]([${CN}]{1,3})[）)][、，,.．]?`, 'y')],
  ['arabic-paren', new RegExp(`[（(]([${DIGITS}]{1,2})[）)][、，,.．]?`, 'y')],
  ['cn-comma', new RegExp(`([${CN}]{1,3})[、.．](?![${CN}][、，,])`, 'y')],
  // A dot followed by a digit is a decimal (1.2亿), never a heading.
  ['arabic-dot', new RegExp(`([${DIGITS}]{1,2})(?:[.．](?![${DIGITS}])|、)`, 'y')],
  ['circled', new RegExp(`([${CIRCLED}])`, 'y')],
]);

let itemPatterns: ReadonlyArray<[MarkerStyle, RegExp]> | null = null;
const itemMarkerPatterns = (): ReadonlyArray<[MarkerStyle, RegExp]> => (itemPatterns ??= [
  // 一是 二是, and 一要 二要 (what is to be done) in the same place.
  ['item-shi', new RegExp(`([${CN}]{1,3})[是要]`, 'y')],
  ['item-di', new RegExp(`第([${CN}]{1,3})[，,、：:]`, 'y')],
]);

function ordinalOf(style: MarkerStyle, digits: string): number | null {
  if (style === 'circled') return CIRCLED.indexOf(digits) + 1;
  if (style === 'arabic-dot' || style === 'arabic-paren') {
    return Number(foldDigits(digits));
  }
  return parseChineseNumeral(digits);
}

function matchAt(patterns: ReadonlyArray<[MarkerStyle, RegExp]>, text: string, offset: number): MarkerMatch | null {
  for (const [style, re] of patterns) {
    re.lastIndex = offset;
    const m = re.exec(text);
    if (!m) continue;
    const ordinal = ordinalOf(style, m[1] as string);
    if (ordinal === null || ordinal < 1) continue;
    return { style, marker: m[0], ordinal, end: offset + m[0].length };
  }
  return null;
}

// First characters a marker can start with: most offsets are ruled out without running a regex.
const HEADING_FIRST = `（(${CN}0123456789０１２３４５６７８９${CIRCLED}`;
const ITEM_FIRST = `第${CN}`;
const HEADING_START = charSet(HEADING_FIRST);
const ITEM_START = charSet(ITEM_FIRST);

/** Every character a heading or item marker can start with, as the body of a regex class. */
export const MARKER_START_CLASS = HEADING_FIRST + ITEM_FIRST;

/** A heading marker (一、 （一） 1. （1） ①) at `offset`, or null. */
export function matchHeadingMarker(text: string, offset: number): MarkerMatch | null {
  if (!HEADING_START.has(text.charCodeAt(offset))) return null;
  const m = matchAt(headingPatterns(), text, offset);
  if (!m) return null;
  // `一、二级` or `1、2号`: an enumeration of numbers, not a heading. A heading is followed by words.
  const next = text.charCodeAt(m.end);
  if (Number.isNaN(next) || next === 0x0a || next === 0x0d) return m.style === 'cn-comma' ? null : m;
  return m;
}

const LIST_NUMBER_BEFORE_FIGURE = lazyRegExp(() => `([${DIGITS}]{1,2})[.．](?=[${DIGITS}])`, 'y');

/**
 * `8.` of `8.6个重大科技专项`: a number and a dot before a digit, which only the running list can
 * tell from a decimal (the caller asks it). Null where no such form stands at `offset`.
 */
export function matchListNumberBeforeFigure(text: string, offset: number): MarkerMatch | null {
  const listNumber = LIST_NUMBER_BEFORE_FIGURE();
  listNumber.lastIndex = offset;
  const m = listNumber.exec(text);
  if (!m) return null;
  return { style: 'arabic-dot', marker: m[0], ordinal: Number(foldDigits(m[1] as string)), end: offset + m[0].length };
}

// After 第一、 comes another ordinal of the same noun (第一、第三产业, 第一、第二轮, 第二、三产业),
// never the content of an enumerated point: that 第一、 is no enumerator.
const NEXT_ORDINAL = lazyRegExp(() => `(?:第[${CN}]|[${CN}](?:[、和]|产业|轮|批|类|期))`, 'y');

/** An in-paragraph enumerator (一是, 第一，) at `offset`, or null. */
export function matchItemMarker(text: string, offset: number): MarkerMatch | null {
  if (!ITEM_START.has(text.charCodeAt(offset))) return null;
  const m = matchAt(itemMarkerPatterns(), text, offset);
  if (m?.style === 'item-di' && m.marker.endsWith('、')) {
    const next = NEXT_ORDINAL();
    next.lastIndex = m.end;
    if (next.test(text)) return null;
  }
  return m;
}
