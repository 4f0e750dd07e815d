import { isClauseBoundary } from '../../extract/chars.js';
import type { Indicator } from '../../schema/indicator.js';

// A clause ends where the extractor's clauses end, and also at an opening bracket or an ellipsis:
// the words before a number up to one of them say what it counts.
// A table's | or tab too: a cell's figure is named by its row header, which the label holds.
const breaksLead = (c: number): boolean =>
  isClauseBoundary(c) || c === 0xff08 || c === 0x28 || c === 0x2026 || c === 0x7c || c === 0x09; // （ ( … | tab
const MAX_LEAD = 40;
const HEADING_NUMBER_TAIL = /^[0-9一二三四五六七八九十]{1,3}[)）]/;

/**
 * The words of the clause before an offset: `依法受理90件,审结70件` gives `审结` for 70件. Read
 * from the text rather than the indicator's label, so that the verb (受理, 审结, 调处成功) is there
 * even when the label carries an elided object forward.
 */
function clauseLead(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && offset - start < MAX_LEAD && !breaksLead(text.charCodeAt(start - 1))) start--;
  return text.slice(start, offset);
}

/**
 * What an indicator counts, as the clause before it says it, else its label. Computed afresh on
 * each call: a backward walk of at most MAX_LEAD characters costs less than a WeakMap entry per
 * indicator did (the lookups and the GC's ephemeron work on tens of thousands of keys).
 */
export function leadOf(text: string, indicator: Indicator): string {
  // The opening bracket of a heading's number ends the clause, its close would not: （三）纠错率.
  const clause = clauseLead(text, indicator.span.start.offset).trim().replace(HEADING_NUMBER_TAIL, '');
  return clause.length > 0 ? clause : indicator.label;
}

/**
 * A semicolon parts one count from another (受理信访事项612件；排查化解矛盾纠纷2146件): where the
 * last one in [from, to) is, or -1.
 */
export function lastSemicolon(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isSemicolon(text.charCodeAt(i))) return i;
  return -1;
}

/** Where the first semicolon in [from, to) is, or `to`. */
export function nextSemicolon(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && !isSemicolon(text.charCodeAt(i))) i++;
  return i;
}

function isSemicolon(c: number): boolean {
  return c === 0xff1b || c === 0x3b; // ； ;
}
