import { location } from 'vfile-location';
import type { Position, Span } from '../schema/position.js';

/** Maps offsets of one text to line/column positions (lazily indexed, binary search). */
export interface Locator {
  point(offset: number): Position;
  span(start: number, end: number): Span;
}

export function createLocator(text: string): Locator {
  const place = location(text);
  const point = (offset: number): Position => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const p = place.toPoint(clamped);
    // vfile-location returns undefined only for offsets outside the text, which we clamp away.
    return { offset: clamped, line: p?.line ?? 1, column: p?.column ?? 1 };
  };
  return { point, span: (start, end) => ({ start: point(start), end: point(end) }) };
}
