/**
 * Full-width ASCII (０-９, ．, ％ …) to half-width, one code unit for one, so that offsets in the
 * folded string are offsets in the original.
 */
export function foldWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The inverse of foldDigits for digits: 2025 → ２０２５. */
export function widenDigits(s: string): string {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

export function foldDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}
