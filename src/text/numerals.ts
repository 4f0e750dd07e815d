/**
 * The vocabulary of Chinese numbers as reports write them, in one place: the digits with their
 * values (the word list), the character sets derived from it (spelled out, so that nothing is
 * computed at load; test/text/numerals.test.ts holds them in sync with the list), and named
 * pattern sources for years. A source is a string to compose into a module's own regex; that
 * module builds its RegExp once, on first use, with `lazyRegExp`.
 */

/** Each digit character and its value: 〇 and 零 are 0, 两 is 2 (两千, never in 二〇二五). */
export const HAN_DIGIT_VALUE: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** The digit written for each value 0–9 digit by digit (二〇二五): index = value. */
export const HAN_DIGIT_BY_VALUE = '〇一二三四五六七八九';

/** Every digit character of HAN_DIGIT_VALUE. */
export const HAN_DIGITS = '〇零一二两三四五六七八九';

/** The digits of a year written digit by digit (二〇二五年, 二零二五年): every digit but 两. */
export const HAN_YEAR_DIGITS = '〇零一二三四五六七八九';

/**
 * The characters of a count or ordinal up to 99 as headings, items and dates write it (三、,
 * 第十二, 十一月): the digits 1–9 and 十.
 */
export const HAN_ORDINAL = '一二三四五六七八九十';

/** Every character a heading's Chinese number may hold: HAN_ORDINAL, and 〇 零 两 (lint reports them). */
export const HAN_MARKER_NUMERAL = '一二三四五六七八九十〇零两';

/** Arabic digits of both widths, as the body of a character class (0-9 and full-width ０-９). */
export const ARABIC_DIGIT_RANGE = '0-9０-９';

/**
 * A year of the twentieth or twenty-first century in Arabic digits, as the outline and the date
 * rules have always read it: 19 or 20 half-width, the last two digits of either width (2025, 20２５;
 * an all full-width ２０２５ is not taken).
 */
export const YEAR_ARABIC = `(?:19|20)[${ARABIC_DIGIT_RANGE}]{2}`;

/**
 * A year of the twentieth or twenty-first century, in Arabic digits (2025) or digit by digit in
 * Chinese (二〇二五, 一九九八). A source: the caller adds what must follow (年) or precede it.
 */
export const YEAR_NUMBER = `(?:19|20)\\d{2}|[一二][${HAN_YEAR_DIGITS}]{3}`;

/** A RegExp built the first time it is asked for, then the same object every time. */
export function lazyRegExp(source: () => string, flags?: string): () => RegExp {
  let built: RegExp | undefined;
  return () => (built ??= new RegExp(source(), flags));
}
