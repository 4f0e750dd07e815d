import { isSpace } from './cursor.js';

// HTML blocks, the seven kinds of CommonMark, as micromark's html-flow reads them: what opens
// one, and what ends kinds 1 to 5 (6 and 7 end before a blank line, which the caller sees).
// Both are read a character at a time within one line: linear, whatever the line holds.

/** Elements whose block runs to their closing tag, blank lines and all (kind 1). */
const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
/** Elements that open a block ending at a blank line (kind 6). */
const BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup',
  'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link',
  'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);
const LONGEST_NAME = 10; // 'blockquote', 'figcaption'

const LT = 0x3c;
const GT = 0x3e;
const BANG = 0x21;
const DASH = 0x2d;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const EQUALS = 0x3d;
const BACKTICK = 0x60;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COLON = 0x3a;
const UNDERSCORE = 0x5f;
const DOT = 0x2e;

/** Where in its first line the search for the end of an HTML block starts, and in what state. */
export interface HtmlOpening {
  kind: number;
  /** Offset from which `htmlEndsOnLine` continues on the opening line. */
  from: number;
  state: number;
}

// States of the search for the end of kinds 1-5 (micromark's continuation* functions).
export const CONTINUATION = 0;
const COMMENT_INSIDE = 1;
const RAW_TAG_OPEN = 2;
const RAW_END_TAG = 3;
const CDATA_INSIDE = 4;
const DECLARATION_INSIDE = 5;

/**
 * The HTML block that starts at `at` (a `<`), or null. `interrupt`: the line would interrupt a
 * paragraph, which kind 7 (any complete tag alone on its line) may not do unless the line is
 * lazy (micromark's rule).
 */
export function htmlOpening(text: string, at: number, end: number, interrupt: boolean, lazy: boolean): HtmlOpening | null {
  let i = at + 1;
  const ch = code(text, i, end);
  if (ch === BANG) {
    i++;
    const next = code(text, i, end);
    if (next === DASH) return code(text, i + 1, end) === DASH ? { kind: 2, from: i + 2, state: DECLARATION_INSIDE } : null;
    if (next === LBRACKET) return text.startsWith('CDATA[', i + 1) && i + 7 <= end ? { kind: 5, from: i + 7, state: CONTINUATION } : null;
    return isAlpha(next) ? { kind: 4, from: i + 1, state: DECLARATION_INSIDE } : null;
  }
  if (ch === QUESTION) return { kind: 3, from: i + 1, state: DECLARATION_INSIDE };
  const closing = ch === SLASH;
  if (closing) i++;
  if (!isAlpha(code(text, i, end))) return null;
  const nameStart = i;
  while (i < end && (isAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === DASH)) i++;
  const after = code(text, i, end);
  if (!(after === -1 || after === SLASH || after === GT || isSpace(after))) return null;
  const name = i - nameStart <= LONGEST_NAME ? text.slice(nameStart, i).toLowerCase() : '';
  const slash = after === SLASH;
  if (!slash && !closing && RAW_NAMES.has(name)) return { kind: 1, from: i, state: CONTINUATION };
  if (BLOCK_NAMES.has(name)) {
    if (!slash) return { kind: 6, from: i, state: CONTINUATION };
    return code(text, i + 1, end) === GT ? { kind: 6, from: i + 2, state: CONTINUATION } : null;
  }
  if (interrupt && !lazy) return null;
  return (closing ? closingTagEnds(text, i, end) : openingTagEnds(text, i, end)) ? { kind: 7, from: end, state: CONTINUATION } : null;
}

/** Whether a block of kind 1-5 ends on this line, searching from `from` in `state`. */
export function htmlEndsOnLine(text: string, from: number, end: number, kind: number, state: number): boolean {
  let i = from;
  let nameStart = 0;
  while (i < end) {
    const ch = text.charCodeAt(i);
    switch (state) {
      case CONTINUATION:
        if (ch === DASH && kind === 2) state = COMMENT_INSIDE;
        else if (ch === LT && kind === 1) state = RAW_TAG_OPEN;
        else if (ch === GT && kind === 4) return true;
        else if (ch === QUESTION && kind === 3) state = DECLARATION_INSIDE;
        else if (ch === RBRACKET && kind === 5) state = CDATA_INSIDE;
        i++;
        break;
      case COMMENT_INSIDE:
        if (ch === DASH) {
          state = DECLARATION_INSIDE;
          i++;
        } else state = CONTINUATION;
        break;
      case RAW_TAG_OPEN:
        if (ch === SLASH) {
          state = RAW_END_TAG;
          nameStart = ++i;
        } else state = CONTINUATION;
        break;
      case RAW_END_TAG:
        if (ch === GT) {
          if (RAW_NAMES.has(text.slice(nameStart, i).toLowerCase())) return true;
          state = CONTINUATION;
        } else if (isAlpha(ch) && i - nameStart < 8) i++;
        else state = CONTINUATION;
        break;
      case CDATA_INSIDE:
        if (ch === RBRACKET) {
          state = DECLARATION_INSIDE;
          i++;
        } else state = CONTINUATION;
        break;
      default: // DECLARATION_INSIDE
        if (ch === GT) return true;
        if (ch === DASH && kind === 2) i++;
        else state = CONTINUATION;
    }
  }
  return false;
}

/** `</name` has been read: spaces, `>`, then nothing but spaces to the end of the line. */
function closingTagEnds(text: string, i: number, end: number): boolean {
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return tagEnds(text, i, end);
}

// States of a complete opening tag's attributes (micromark's completeAttribute* functions).
const NAME_BEFORE = 0;
const NAME = 1;
const NAME_AFTER = 2;
const VALUE_BEFORE = 3;
const QUOTED = 4;
const QUOTED_AFTER = 5;
const UNQUOTED = 6;

/** `<name` has been read: attributes, an optional `/`, `>`, then nothing but spaces. */
function openingTagEnds(text: string, i: number, end: number): boolean {
  let state = NAME_BEFORE;
  let quote = 0;
  for (;;) {
    const ch = code(text, i, end);
    switch (state) {
      case NAME_BEFORE:
        if (ch === SLASH) return tagEnds(text, i + 1, end);
        if (ch === COLON || ch === UNDERSCORE || isAlpha(ch)) state = NAME;
        else if (!isSpace(ch)) return tagEnds(text, i, end);
        i++;
        break;
      case NAME:
        if (isAttributeNameChar(ch)) i++;
        else state = NAME_AFTER;
        break;
      case NAME_AFTER:
        if (ch === EQUALS) {
          state = VALUE_BEFORE;
          i++;
        } else if (isSpace(ch)) i++;
        else state = NAME_BEFORE;
        break;
      case VALUE_BEFORE:
        if (ch === -1 || ch === LT || ch === EQUALS || ch === GT || ch === BACKTICK) return false;
        if (ch === QUOTE || ch === APOSTROPHE) {
          quote = ch;
          state = QUOTED;
          i++;
        } else if (isSpace(ch)) i++;
        else state = UNQUOTED;
        break;
      case QUOTED:
        if (ch === -1) return false;
        if (ch === quote) state = QUOTED_AFTER;
        i++;
        break;
      case QUOTED_AFTER:
        if (!(ch === SLASH || ch === GT || isSpace(ch))) return false;
        state = NAME_BEFORE;
        break;
      default: // UNQUOTED
        if (ch === -1 || endsUnquotedValue(ch)) state = NAME_AFTER;
        else i++;
    }
  }
}

function tagEnds(text: string, i: number, end: number): boolean {
  if (code(text, i, end) !== GT) return false;
  for (i++; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function endsUnquotedValue(ch: number): boolean {
  return ch === QUOTE || ch === APOSTROPHE || ch === SLASH || ch === LT || ch === EQUALS || ch === GT || ch === BACKTICK || isSpace(ch);
}

function isAttributeNameChar(ch: number): boolean {
  return ch === DASH || ch === DOT || ch === COLON || ch === UNDERSCORE || isAlnum(ch);
}

function code(text: string, i: number, end: number): number {
  return i < end ? text.charCodeAt(i) : -1;
}

function isAlpha(ch: number): boolean {
  return (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a);
}

function isAlnum(ch: number): boolean {
  return isAlpha(ch) || (ch >= 0x30 && ch <= 0x39);
}
