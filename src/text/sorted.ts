/**
 * Searches over ascending offsets (line starts, section starts, sentence starts). Scanners and
 * rules ask in text order, so a search first tries the answer it was given as a hint (the
 * previous one) and the one after it, and falls back to a binary search.
 */

/** The index of the last value at or before `value`, -1 if none. */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number, hint = -1): number {
  const n = sorted.length;
  if (hint >= 0 && hint < n && (sorted[hint] as number) <= value) {
    if (hint + 1 >= n || value < (sorted[hint + 1] as number)) return hint;
    if (hint + 2 >= n || value < (sorted[hint + 2] as number)) return hint + 1;
  }
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The first value at or after `from` (Infinity when none). */
export function firstAtOrAfter(sorted: ArrayLike<number>, from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? (sorted[lo] as number) : Number.POSITIVE_INFINITY;
}

/** The starts of ranges sorted by start, as a typed array to search. */
export function startsOf(ranges: ReadonlyArray<{ start: number }>): Int32Array {
  const out = new Int32Array(ranges.length);
  for (let i = 0; i < ranges.length; i++) out[i] = (ranges[i] as { start: number }).start;
  return out;
}
