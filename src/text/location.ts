import type { Place, Position, Span } from '../schema/position.js';
import { LineBreaks } from './line-breaks.js';
import { lastAtOrBefore } from './sorted.js';

/** Maps offsets of one text to line/column positions. */
export interface Locator {
  point(offset: number): Position;
  span(start: number, end: number): Span;
  /** Where a person finds an offset, for a document that has places other than lines (Word). */
  place?(offset: number): Place;
}

/**
 * Line starts are indexed on first use, in one pass; a lookup starts from the line of the
 * previous answer (lastAtOrBefore's hint), since scanners ask in text order. (vfile-location
 * answered every lookup by binary search, about a microsecond each, which was a fifth of
 * extraction time on large input.) CR LF, CR and LF each end a line.
 */
export function createLocator(text: string): Locator {
  let starts: Int32Array | null = null;
  let line = 0; // index into starts of the last answer

  const index = (): Int32Array => {
    const found: number[] = [0];
    if (!text.includes('\r')) {
      // The common case, one indexOf a line with nothing else to decide.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) found.push(i + 1);
      return Int32Array.from(found);
    }
    const breaks = new LineBreaks(text);
    for (let start = 0, end = breaks.endOf(0); end < text.length; end = breaks.endOf(start)) {
      start = breaks.nextStart(end);
      found.push(start);
    }
    return Int32Array.from(found);
  };

  const point = (offset: number): Position => {
    const clamped = offset < 0 ? 0 : offset > text.length ? text.length : offset;
    const s = (starts ??= index());
    line = lastAtOrBefore(s, clamped, line);
    return { offset: clamped, line: line + 1, column: clamped - (s[line] as number) + 1 };
  };
  const span = (start: number, end: number): Span => {
    const from = point(start);
    // Most spans end on the line they start on: the end is then known without a lookup.
    const s = starts as Int32Array;
    const to = end >= from.offset && end <= text.length && (line + 1 >= s.length || end < (s[line + 1] as number))
      ? { offset: end, line: from.line, column: from.column + (end - from.offset) }
      : point(end);
    return { start: from, end: to };
  };
  return { point, span };
}
