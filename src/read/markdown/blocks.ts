import type { MarkdownStructure } from '../../outline/markdown.js';
import { type Container, continueList, continueQuote, NEW_ITEM, NOT_CONTINUED, openContainer } from './containers.js';
import {
  type Cursor, type CursorMark, mark, peek, reset, restIsBlank, skipSpaces, trimmedEnd,
} from './cursor.js';
import { CONTINUATION, htmlEndsOnLine, htmlOpening } from './html.js';
import { atxHeading, closesFence, type Fence, fenceOpening, isThematicBreak, setextUnderline } from './leaves.js';

// What is open in the innermost container (micromark's "flow"): nothing, a paragraph, or a
// block that spans lines.
const NONE = 0;
const PARAGRAPH = 1;
const INDENTED = 2;
const FENCED = 3;
const HTML = 4;

const HASH = 0x23;
const LT = 0x3c;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const STAR = 0x2a;
const DASH = 0x2d;
const UNDERSCORE = 0x5f;

/**
 * The top-level headings (ATX and setext) of a Markdown document and its top-level code and
 * HTML blocks, as CommonMark reads them: a heading inside a list item or a block quote is not
 * one of the report's headings, and `# 一、` inside fenced code or an HTML comment is no heading.
 *
 * A block scanner, one pass over the lines, that decides containers, laziness and block starts
 * as micromark does (remark-parse is its reference in the tests) but reads no inline syntax:
 * emphasis, links and code spans are not needed to find blocks, and micromark's handling of
 * them and its event lists grow faster than the text (a 1 MB report with `张*、李**` took 21 s,
 * 100,000 `##` headings 2 GB). Each line costs a constant amount of work besides its characters,
 * so time is linear in the text and memory holds only the results.
 *
 * Not read: link reference definitions, so a paragraph of nothing but `[id]: url` lines
 * followed by `===` is taken as a heading where CommonMark sees none.
 */
export function scanMarkdown(text: string): MarkdownStructure {
  const out: MarkdownStructure = { headings: [], opaque: [] };
  const stack: Container[] = [];
  const c: Cursor = { text, at: 0, end: 0, column: 0, tabUsed: 0, spacesFrom: 1, spacesTo: 0, breakMarker: 0, breakFrom: 0, breakStop: -1 };
  const scratch: CursorMark = { at: 0, column: 0, tabUsed: 0 };
  const lineMark: CursorMark = { at: 0, column: 0, tabUsed: 0 };

  // The flow: whether one is open (micromark opens one per container, and a new container or
  // list item closes it), what is open in it and where.
  let flowOpen = false;
  let kind = NONE;
  let depth = 0; // containers the open block is in; only depth 0 is reported
  let start = 0;
  let lastEnd = 0; // paragraph: end of its last line, trailing spaces left out; indented code: end of its last line
  let fence: Fence | null = null;
  let htmlKind = 0;

  let previousEnd = 0; // end of the previous line, before its line break
  let previousBlank = false;
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0; // micromark skips a byte order mark
  let cr = -1;
  let lf = -1;
  while (lineStart < text.length) {
    if (cr < lineStart) cr = indexOrEnd(text, '\r', lineStart);
    if (lf < lineStart) lf = indexOrEnd(text, '\n', lineStart);
    const lineEnd = Math.min(cr, lf);
    c.at = lineStart;
    c.end = lineEnd;
    c.column = 0;
    c.tabUsed = 0;
    c.spacesFrom = 1;
    c.spacesTo = 0;
    c.breakMarker = 0;
    const blank = restIsBlank(c);

    // Which open containers the line continues.
    let continued = 0;
    if (blank && previousBlank) {
      // After a blank line only lists are open, and a blank line continues them all, as the
      // last one did: skipping the walk keeps a run of blank lines under a thousand nested
      // lists linear.
      continued = stack.length;
    } else {
      while (continued < stack.length) {
        const box = stack[continued] as Container;
        if (box.kind === 'quote') {
          if (!continueQuote(c, scratch)) break;
          continued++;
          continue;
        }
        const result = continueList(box, c, scratch);
        if (result === NOT_CONTINUED) break;
        continued++;
        if (result === NEW_ITEM) {
          closeFlow(previousEnd);
          stack.length = continued;
          break;
        }
      }
    }

    // New containers, unless the line belongs to fenced code or HTML that all containers go on with.
    let lazy = false;
    const concrete = flowOpen && (kind === FENCED || kind === HTML);
    if (!(continued === stack.length && concrete)) {
      const interrupt = continued === stack.length && flowOpen && (kind === PARAGRAPH || kind === INDENTED);
      let opened = openContainer(c, interrupt, scratch);
      if (opened) {
        if (flowOpen) closeFlow(previousEnd);
        stack.length = continued;
        while (opened) {
          stack.push(opened);
          opened = openContainer(c, interrupt, scratch);
        }
      } else lazy = continued !== stack.length;
    }

    if (!flowOpen) {
      flowOpen = true;
      kind = NONE;
      depth = stack.length;
    }
    const spanned = flowLine(lazy, lazy ? continued : stack.length, lineEnd);
    // A lazy line that went on with no paragraph closes the containers it did not continue.
    if (lazy && !spanned) stack.length = continued;
    previousBlank = blank;
    previousEnd = lineEnd;
    lineStart = lineEnd === cr && lf === cr + 1 ? lineEnd + 2 : lineEnd + 1;
  }
  if (flowOpen) {
    if (kind === FENCED) finish(text.length);
    else if (kind === HTML) finish(htmlKind <= 5 ? text.length : previousEnd);
    else if (kind === INDENTED) finish(lastEnd);
  }
  return out;

  /** The line's part inside its containers, in the open flow; whether it went on with an open block. */
  function flowLine(lazy: boolean, newDepth: number, lineEnd: number): boolean {
    switch (kind) {
      case FENCED:
        if (!lazy) {
          mark(c, lineMark);
          if (closesFence(c, fence as Fence)) finish(lineEnd);
          reset(c, lineMark);
          return true;
        }
        finish(previousEnd);
        break;
      case HTML:
        if (!lazy && !(htmlKind >= 6 && restIsBlank(c))) {
          if (htmlKind <= 5 && htmlEndsOnLine(text, c.at, lineEnd, htmlKind, CONTINUATION)) finish(lineEnd);
          return true;
        }
        finish(previousEnd);
        break;
      case INDENTED:
        if (!lazy) {
          // Blank lines may lie inside indented code; one indented by 4 or more counts as code.
          mark(c, lineMark);
          const indent = skipSpaces(c);
          reset(c, lineMark);
          if (indent >= 4 || restIsBlank(c)) {
            if (indent >= 4) lastEnd = lineEnd;
            return true;
          }
        }
        finish(lastEnd);
        break;
      case PARAGRAPH: {
        if (restIsBlank(c)) {
          kind = NONE;
          break;
        }
        mark(c, lineMark);
        const indent = skipSpaces(c);
        if (indent < 4) {
          const underline = lazy ? 0 : setextUnderline(c);
          if (underline) {
            if (depth === 0) out.headings.push({ depth: underline, start, contentStart: start, contentEnd: lastEnd });
            kind = NONE;
            return true;
          }
          // micromark decides whether a complete tag alone on its line (kind 7) ends a paragraph
          // only on the next line, by which time the lazy line was kept in the container: the
          // HTML block opens there (unless the text ends with the line).
          if (lazy && peek(c) === LT && lineEnd < text.length && htmlOpening(text, c.at, lineEnd, true, true)?.kind === 7) {
            kind = HTML;
            htmlKind = 7;
            return true;
          }
          if (interruptsParagraph(lazy)) {
            reset(c, lineMark);
            kind = NONE;
            break;
          }
        }
        lastEnd = trimmedEnd(text, c.at, lineEnd);
        return true;
      }
    }
    startBlock(lazy, newDepth, lineEnd);
    return false;
  }

  /** A block starting on this line, in a flow with nothing open. */
  function startBlock(lazy: boolean, newDepth: number, lineEnd: number): void {
    kind = NONE;
    depth = newDepth;
    if (restIsBlank(c)) return;
    const from = c.at;
    mark(c, lineMark);
    if (skipSpaces(c, 4) === 4) {
      kind = INDENTED;
      start = from;
      lastEnd = lineEnd;
      // micromark asks whether indented code goes on past a line of its own only when that
      // line was not lazy: code opened on a lazy line ends with it.
      if (lazy) finish(lineEnd);
      return;
    }
    skipSpaces(c);
    const ch = peek(c);
    if (ch === HASH) {
      const heading = atxHeading(c);
      if (heading) {
        if (depth === 0) out.headings.push(heading);
        return;
      }
    } else if (ch === BACKTICK || ch === TILDE) {
      fence = fenceOpening(c);
      if (fence) {
        kind = FENCED;
        start = c.at;
        return;
      }
    } else if (ch === LT) {
      const html = htmlOpening(text, c.at, lineEnd, false, lazy);
      if (html) {
        kind = HTML;
        htmlKind = html.kind;
        start = from;
        if (html.kind <= 5 && htmlEndsOnLine(text, html.from, lineEnd, html.kind, html.state)) finish(lineEnd);
        return;
      }
    } else if ((ch === STAR || ch === DASH || ch === UNDERSCORE) && isThematicBreak(c)) return;
    kind = PARAGRAPH;
    start = c.at;
    lastEnd = trimmedEnd(text, c.at, lineEnd);
  }

  /** Whether the line, at its first non-space, starts a block that ends an open paragraph. */
  function interruptsParagraph(lazy: boolean): boolean {
    const ch = peek(c);
    if (ch === HASH) return atxHeading(c) !== null;
    if (ch === BACKTICK || ch === TILDE) return fenceOpening(c) !== null;
    if (ch === LT) return htmlOpening(text, c.at, c.end, true, lazy) !== null;
    if (ch === STAR || ch === DASH || ch === UNDERSCORE) return isThematicBreak(c);
    return false;
  }

  /** Ends the open code or HTML block at `end`, reporting it if top-level. */
  function finish(end: number): void {
    if (depth === 0 && (kind === INDENTED || kind === FENCED || kind === HTML)) out.opaque.push({ start, end });
    kind = NONE;
  }

  /** A new container or list item closes what was open in the flow. */
  function closeFlow(end: number): void {
    if (kind === INDENTED) finish(lastEnd);
    else if (kind === FENCED || kind === HTML) finish(end);
    kind = NONE;
    flowOpen = false;
  }
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i === -1 ? text.length : i;
}
