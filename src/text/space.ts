/**
 * White space by char code, as `\s` means it. Tested by code because `text[i]` on a CJK
 * character allocates a fresh one-character string: scanning a report that way was most of the
 * outline's garbage.
 */
export function isSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

/**
 * Where the line holding `at` starts, searched back no further than `floor`: a lastIndexOf of one
 * break would search the whole text back when the text uses the other.
 */
export function lineStartAt(text: string, at: number, floor = 0): number {
  let i = at;
  while (i > floor && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The end of text[from, end) without trailing white space. */
export function trimEndOffset(text: string, from: number, end: number): number {
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The start of text[start, end) without leading white space. */
export function trimStartOffset(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** A set of UTF-16 code units, tested per character in hot loops. */
export interface CharSet {
  has(code: number): boolean;
}

/**
 * A set of characters as a table indexed by char code: one array read per test, no hashing and
 * no one-character strings (these sets are consulted for every character of a report). The
 * table is built on first use, not when the module loads.
 */
export function charSet(chars: string): CharSet {
  let table: Uint8Array | null = null;
  return {
    has(code: number): boolean {
      if (table === null) {
        table = new Uint8Array(0x10000);
        for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
      }
      return table[code] === 1;
    },
  };
}

/**
 * Several character sets as bit flags in one table indexed by char code, for loops that ask
 * more than one question of every character: one array read answers them all. `classes` pairs
 * each set's characters with its bit. The table is built on first call of the returned function.
 */
export function charClasses(classes: ReadonlyArray<readonly [chars: string, bit: number]>): () => Uint8Array {
  let table: Uint8Array | null = null;
  return () => {
    if (table === null) {
      table = new Uint8Array(0x10000);
      for (const [chars, bit] of classes) {
        for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = (table[chars.charCodeAt(i)] as number) | bit;
      }
    }
    return table;
  };
}

/**
 * What may stand before the first word of a line or sentence: any Unicode space but a line break
 * (word processors indent with the ideographic space, EM SPACE U+2003 and its kin), a BOM, and
 * the zero-width space that web pages leave at line starts.
 */
export const LEADING_SPACE = charSet(' \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff');
