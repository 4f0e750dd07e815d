import type { Place } from '../schema/position.js';
import type { Locator } from '../text/location.js';
import { lastAtOrBefore } from '../text/sorted.js';
import { codePoints } from '../text/code-points.js';

/** A paragraph of a document read (a Word paragraph; an HTML or PDF reader's block) and its text range. */
export interface ParagraphRange {
  /** 1-based, as the document's own application counts them. */
  number: number;
  start: number;
  end: number;
}

/** How many characters of a paragraph's start show which paragraph is meant. */
const EXCERPT = 12;

/**
 * A locator that also names places in a document without lines (Word; HTML and PDF readers can
 * give their blocks the same way): the paragraph, the character in it, and the paragraph's
 * first words. Lines and columns stay those of the extracted text, for the outputs that keep
 * offsets.
 */
export function withParagraphPlaces(locator: Locator, text: string, paragraphs: readonly ParagraphRange[]): Locator {
  // A paragraph that reads as nothing (in a row deleted by a tracked change) is no place.
  const shown = paragraphs.filter((p, i) => p.end > p.start || !(i + 1 < paragraphs.length && paragraphs[i + 1]!.start === p.start));
  const starts = Int32Array.from(shown, (p) => p.start);
  let hint = 0;
  // A long report has a thousand findings in a few hundred paragraphs: each excerpt is cut once.
  const excerpts = new Map<number, string>();
  const place = (offset: number): Place => {
    if (shown.length === 0) return { kind: 'paragraph', paragraph: 1, character: 1, excerpt: '' };
    hint = lastAtOrBefore(starts, offset, hint);
    const p = shown[Math.max(0, hint)] as ParagraphRange;
    const at = Math.min(Math.max(offset, p.start), p.end);
    return { kind: 'paragraph', paragraph: p.number, character: codePoints(text, p.start, at) + 1, excerpt: excerpt(p) };
  };
  const excerpt = (p: ParagraphRange): string => {
    let s = excerpts.get(p.number);
    if (s === undefined) excerpts.set(p.number, (s = excerptOf(text, p.start, p.end)));
    return s;
  };
  return { point: locator.point, span: locator.span, place };
}


/** The paragraph's first words, without its indentation, cut with … when longer. */
function excerptOf(text: string, start: number, end: number): string {
  let from = start;
  while (from < end && /[\s\u3000]/.test(text[from] as string)) from++;
  const chars = [...text.slice(from, Math.min(end, from + EXCERPT * 2)).replace(/[\t\n]/g, ' ')];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT).join('')}…` : end - from > chars.length ? `${chars.join('')}…` : chars.join('');
}
