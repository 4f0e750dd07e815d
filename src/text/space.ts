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

/** A set of characters as char codes, for per-character tests that allocate nothing. */
export function charSet(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}
