/**
 * Characters as a person counts them in text[start, end): code points, a character outside the
 * BMP (a rare name's character, 𠀀) one, not two UTF-16 units. Places in Word files and PDFs
 * (第12段第5字) count so.
 */
export function codePoints(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate ends a character its high surrogate already counted.
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
