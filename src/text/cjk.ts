/** Character classes of Chinese text, by code unit (all the characters concerned are in the BMP). */

/** A Han character (CJK Unified Ideographs, Extension A, Compatibility) or 〇. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}

/** Chinese (full-width) punctuation: 、。《》「」【】 … “”‘’ —— …… · and the full-width forms ，：（）. */
function isChinesePunctuation(code: number): boolean {
  return (
    (code >= 0x3001 && code <= 0x303f && code !== 0x3007) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0x2018 && code <= 0x201f) ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x00b7
  );
}

/** A character that belongs to Chinese running text: Han, Chinese punctuation, full-width digits. */
export function isChinese(code: number): boolean {
  return isHan(code) || isChinesePunctuation(code) || (code >= 0xff10 && code <= 0xff19);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A half- or full-width digit (０-９ in reports typed with a full-width input method). */
export function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Space inside a line: ASCII space, tab, the ideographic space, no-break space. */
export function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}
