import {
  type Cursor, type CursorMark, isSpace, mark, peek, reset, restIsBlank, skipSpaces, take, takeSpace,
} from './cursor.js';
import { isThematicBreak } from './leaves.js';

// Block quotes and list items: the containers whose contents are not top-level blocks. Read as
// micromark's block-quote and list constructs read them, since the outline must agree with
// what a Markdown renderer shows as a heading.

export interface Quote {
  kind: 'quote';
}

export interface List {
  kind: 'list';
  ordered: boolean;
  /** `-`, `*`, `+`, or `.`/`)` after the number; a new item must use the same. */
  marker: number;
  /** Columns a line must be indented by to continue the current item. */
  size: number;
  /** The current item began with a blank line (`-` alone). */
  initialBlank: boolean;
  /** …and a blank line followed: the next non-blank line ends it, however indented. */
  furtherBlank: boolean;
}

export type Container = Quote | List;

export const NOT_CONTINUED = 0;
const CONTINUED = 1;
/** The list goes on with a new item: what was open in the old one is closed. */
export const NEW_ITEM = 2;

const GT = 0x3e;
const STAR = 0x2a;
const PLUS = 0x2b;
const DASH = 0x2d;
const DOT = 0x2e;
const RPAREN = 0x29;
const ONE = 0x31;

/** Whether the line continues the block quote (`>`, after up to 3 spaces); moves past its marker. */
export function continueQuote(c: Cursor, scratch: CursorMark): boolean {
  mark(c, scratch);
  skipSpaces(c, 3);
  if (peek(c) !== GT) {
    reset(c, scratch);
    return false;
  }
  take(c);
  if (isSpace(peek(c))) takeSpace(c);
  return true;
}

/** Whether the line continues the list's current item, starts its next item, or neither. */
export function continueList(list: List, c: Cursor, scratch: CursorMark): number {
  if (restIsBlank(c)) {
    list.furtherBlank ||= list.initialBlank;
    skipSpaces(c, list.size);
    return CONTINUED;
  }
  const fresh = !list.furtherBlank && isSpace(peek(c));
  list.furtherBlank = false;
  list.initialBlank = false;
  if (fresh) {
    mark(c, scratch);
    if (skipSpaces(c, list.size) === list.size) return CONTINUED;
    reset(c, scratch);
  }
  mark(c, scratch);
  const prefix = skipSpaces(c, 3);
  if (startItem(c, list, false, prefix)) return NEW_ITEM;
  reset(c, scratch);
  return NOT_CONTINUED;
}

/**
 * A new block quote or list at the cursor (after up to 3 spaces), the cursor moved past its
 * marker; null, the cursor unmoved, if none. `interrupt`: the line would interrupt a paragraph,
 * which only a list item with content, numbered 1 if ordered, may do.
 */
export function openContainer(c: Cursor, interrupt: boolean, scratch: CursorMark): Container | null {
  mark(c, scratch);
  const prefix = skipSpaces(c, 3);
  const ch = peek(c);
  if (ch === GT) {
    take(c);
    if (isSpace(peek(c))) takeSpace(c);
    return { kind: 'quote' };
  }
  const list: List = { kind: 'list', ordered: false, marker: 0, size: 0, initialBlank: false, furtherBlank: false };
  if (startItem(c, list, interrupt, prefix)) return list;
  reset(c, scratch);
  return null;
}

/**
 * A list item's marker and the spaces after it. `list` is the list it must continue, or a new
 * one (marker 0), filled in on success. The cursor may have moved on failure.
 */
function startItem(c: Cursor, list: List, interrupt: boolean, indent: number): boolean {
  const ch = peek(c);
  const fresh = list.marker === 0;
  const bullet = fresh ? ch === STAR || ch === PLUS || ch === DASH : !list.ordered;
  let width: number;
  if (bullet) {
    if (!fresh && ch !== list.marker) return false;
    // `* * *` and `---` are thematic breaks, not items.
    if ((ch === STAR || ch === DASH) && isThematicBreak(c)) return false;
    width = 0;
  } else {
    if (!isDigit(ch) || (interrupt && ch !== ONE)) return false;
    let digits = 0;
    while (isDigit(peek(c)) && ++digits < 10) take(c);
    const delimiter = peek(c);
    if (interrupt && digits >= 2) return false;
    if (fresh ? delimiter !== DOT && delimiter !== RPAREN : delimiter !== list.marker) return false;
    width = digits;
  }
  const marker = peek(c);
  take(c);
  width += 1;
  let initialBlank = false;
  let size: number;
  if (restIsBlank(c)) {
    // An empty item may not interrupt a paragraph.
    if (interrupt) return false;
    initialBlank = true;
    size = indent + 1 + width;
  } else {
    const at = c.at;
    const column = c.column;
    const tabUsed = c.tabUsed;
    const spaces = skipSpaces(c, 4);
    if (spaces >= 1 && !isSpace(peek(c))) size = indent + width + spaces;
    else {
      // Five or more spaces: the item's text is indented code, one space is the marker's.
      c.at = at;
      c.column = column;
      c.tabUsed = tabUsed;
      if (!isSpace(peek(c))) return false;
      takeSpace(c);
      size = indent + width + 1;
    }
  }
  list.ordered = !bullet;
  list.marker = marker;
  list.size = size;
  list.initialBlank = initialBlank;
  list.furtherBlank = false;
  return true;
}

function isDigit(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}
