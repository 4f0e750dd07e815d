import type { Locator } from '../text/location.js';
import { lastAtOrBefore } from '../text/sorted.js';
import type { PdfLine } from './read.js';
import { codePoints } from '../text/code-points.js';

/**
 * A PDF's places: the paragraph (as rebuilt) and its first words, as for Word and web pages, and
 * the page and the line on it where a person looks — a PDF is read by its pages.
 */
export function withPagePlaces(locator: Locator, text: string, lines: readonly PdfLine[]): Locator {
  const paragraphPlace = locator.place;
  if (!paragraphPlace || lines.length === 0) return locator;
  const starts = Int32Array.from(lines, (l) => l.start);
  let hint = 0;
  const place: NonNullable<Locator['place']> = (offset) => {
    hint = lastAtOrBefore(starts, offset, hint);
    const line = lines[Math.max(0, hint)] as PdfLine;
    return { ...paragraphPlace(offset), page: line.page, line: line.line, column: codePoints(text, line.start, offset) + 1 };
  };
  return { point: locator.point, span: locator.span, place };
}

