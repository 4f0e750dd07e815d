/**
 * A place in one line of a Markdown document, with indentation counted as CommonMark (and
 * micromark) counts it: a tab reaches the next multiple of 4 columns and can be used up one
 * column at a time (`>\t- item`: the `>` takes one of the tab's columns, the list the rest).
 */
export interface Cursor {
  readonly text: string;
  /** Offset of the next character. */
  at: number;
  /** End of the line, before its line break. */
  end: number;
  /** Column of `at` from the start of the line, tabs expanded. */
  column: number;
  /** Columns of the tab at `at` already used. */
  tabUsed: number;
  /**
   * The last run of spaces measured on this line: [spacesFrom, spacesTo) holds only spaces and
   * tabs, and spacesTo does not hold one. Every list a line continues asks whether the rest of
   * the line is blank from a place in its indentation; a line indented under a thousand nested
   * lists is measured once, not a thousand times.
   */
  spacesFrom: number;
  spacesTo: number;
  /**
   * The last failed search for a thematic break on this line: from `breakFrom` with
   * `breakMarker`, it met something else at `breakStop`. `- - - … - x` is a thousand nested
   * list items, each of which asks whether the rest of the line is a thematic break.
   */
  breakMarker: number;
  breakFrom: number;
  breakStop: number;
}

export interface CursorMark {
  at: number;
  column: number;
  tabUsed: number;
}

const TAB = 0x09;
const SPACE = 0x20;
/** What `peek` returns at the end of the line. */
const EOL = -1;

export function isSpace(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** The next character's code, or EOL. A partly used tab still reads as a tab (a space). */
export function peek(c: Cursor): number {
  return c.at < c.end ? c.text.charCodeAt(c.at) : EOL;
}

/** Moves past one character that is not a space or tab. */
export function take(c: Cursor): void {
  c.at++;
  c.column++;
}

/** Moves past one column of a space or tab. */
export function takeSpace(c: Cursor): void {
  if (c.text.charCodeAt(c.at) === TAB) {
    const width = 4 - ((c.column - c.tabUsed) % 4);
    c.tabUsed++;
    c.column++;
    if (c.tabUsed === width) {
      c.at++;
      c.tabUsed = 0;
    }
  } else {
    c.at++;
    c.column++;
  }
}

/** Moves past up to `max` columns of spaces and tabs; returns how many. */
export function skipSpaces(c: Cursor, max = Infinity): number {
  let n = 0;
  while (n < max && c.at < c.end && isSpace(c.text.charCodeAt(c.at))) {
    takeSpace(c);
    n++;
  }
  return n;
}

/** Whether only spaces and tabs are left on the line. */
export function restIsBlank(c: Cursor): boolean {
  return spacesEnd(c) === c.end;
}

/** Offset of the first character at or after the cursor that is not a space or tab. */
function spacesEnd(c: Cursor): number {
  if (c.at < c.spacesFrom || c.at > c.spacesTo) {
    let i = c.at;
    while (i < c.end && isSpace(c.text.charCodeAt(i))) i++;
    c.spacesFrom = c.at;
    c.spacesTo = i;
  }
  return c.spacesTo;
}

export function mark(c: Cursor, into: CursorMark): CursorMark {
  into.at = c.at;
  into.column = c.column;
  into.tabUsed = c.tabUsed;
  return into;
}

export function reset(c: Cursor, to: CursorMark): void {
  c.at = to.at;
  c.column = to.column;
  c.tabUsed = to.tabUsed;
}

/** End of the line without its trailing spaces and tabs (never before `from`). */
export function trimmedEnd(text: string, from: number, end: number): number {
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
