import { type Cursor, isSpace, skipSpaces } from './cursor.js';

// The one-line blocks the outline cares about, read as micromark reads them (the reference:
// micromark-core-commonmark's heading-atx, code-fenced, thematic-break and setext-underline).

const HASH = 0x23;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const STAR = 0x2a;
const DASH = 0x2d;
const UNDERSCORE = 0x5f;
const EQUALS = 0x3d;

export interface AtxHeading {
  depth: number;
  /** Offset of the first `#`. */
  start: number;
  /** The heading's text, without the #s, the closing #s and the spaces around them; both at the line's end when empty. */
  contentStart: number;
  contentEnd: number;
}

const WHITESPACE = 0;
const SEQUENCE = 1;
const DATA = 2;

/** An ATX heading (`## 一、工作进展`) at the cursor, which is at its first `#`. */
export function atxHeading(c: Cursor): AtxHeading | null {
  const { text, end } = c;
  const start = c.at;
  let i = start;
  while (i < end && i - start < 7 && text.charCodeAt(i) === HASH) i++;
  const depth = i - start;
  if (depth > 6 || (i < end && !isSpace(text.charCodeAt(i)))) return null;
  // The rest of the line as micromark cuts it: runs of whitespace, of #s, and of anything else.
  // The text is what lies between the first and last runs that are neither the opening
  // whitespace nor a closing sequence of #s (with the whitespace before it and after it).
  const kinds: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  while (i < end) {
    const ch = text.charCodeAt(i);
    const kind = isSpace(ch) ? WHITESPACE : ch === HASH ? SEQUENCE : DATA;
    const from = i;
    i++;
    while (i < end && runKind(text.charCodeAt(i)) === kind) i++;
    kinds.push(kind);
    starts.push(from);
    ends.push(i);
  }
  let first = kinds[0] === WHITESPACE ? 1 : 0;
  let last = kinds.length - 1;
  if (last > first && kinds[last] === WHITESPACE) last--;
  if (kinds[last] === SEQUENCE && (last === first || (last - 2 >= first && kinds[last - 1] === WHITESPACE))) {
    last -= last === first ? 1 : 2;
  }
  const contentEnd = last >= first && last >= 0 ? (ends[last] as number) : end;
  const contentStart = last >= first && last >= 0 ? (starts[first] as number) : end;
  return { depth, start, contentStart, contentEnd };
}

function runKind(ch: number): number {
  return isSpace(ch) ? WHITESPACE : ch === HASH ? SEQUENCE : DATA;
}

export interface Fence {
  marker: number;
  size: number;
}

/** The opening line of fenced code (```` ```js ```` or `~~~`) at the cursor, which is at its first marker. */
export function fenceOpening(c: Cursor): Fence | null {
  const { text, end } = c;
  const marker = text.charCodeAt(c.at);
  if (marker !== BACKTICK && marker !== TILDE) return null;
  let i = c.at;
  while (i < end && text.charCodeAt(i) === marker) i++;
  const size = i - c.at;
  if (size < 3) return null;
  // The info string of a backtick fence may hold no backtick (else it is inline code).
  if (marker === BACKTICK) for (; i < end; i++) if (text.charCodeAt(i) === BACKTICK) return null;
  return { marker, size };
}

/** Whether the line at the cursor (its flow part) closes the fence. */
export function closesFence(c: Cursor, fence: Fence): boolean {
  skipSpaces(c, 3);
  const { text, end } = c;
  let i = c.at;
  while (i < end && text.charCodeAt(i) === fence.marker) i++;
  if (i - c.at < fence.size) return false;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i === end;
}

/** A thematic break (`***`, `- - -`, `___`) from the cursor to the end of the line. */
export function isThematicBreak(c: Cursor): boolean {
  const { text, end } = c;
  const marker = text.charCodeAt(c.at);
  if (marker !== STAR && marker !== DASH && marker !== UNDERSCORE) return false;
  if (marker === c.breakMarker && c.at >= c.breakFrom && c.at <= c.breakStop) return false;
  let count = 0;
  for (let i = c.at; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === marker) count++;
    else if (!isSpace(ch)) {
      c.breakMarker = marker;
      c.breakFrom = c.at;
      c.breakStop = i;
      return false;
    }
  }
  return count >= 3;
}

/** A setext underline (`===` → 1, `---` → 2) from the cursor to the end of the line; 0 if none. */
export function setextUnderline(c: Cursor): number {
  const { text, end } = c;
  const marker = text.charCodeAt(c.at);
  if (marker !== EQUALS && marker !== DASH) return 0;
  let i = c.at;
  while (i < end && text.charCodeAt(i) === marker) i++;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i === end ? (marker === EQUALS ? 1 : 2) : 0;
}
