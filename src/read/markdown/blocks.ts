import type { MarkdownStructure } from '../../outline/markdown.js';
import { LineBreaks } from '../../text/line-breaks.js';
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
  return new BlockScanner(text).run();
}

/** The scan's state between lines: the open containers, and the flow of the innermost one. */
class BlockScanner {
  private readonly out: MarkdownStructure = { headings: [], opaque: [] };
  private readonly stack: Container[] = [];
  private readonly c: Cursor;
  private readonly scratch: CursorMark = { at: 0, column: 0, tabUsed: 0 };
  private readonly lineMark: CursorMark = { at: 0, column: 0, tabUsed: 0 };

  // The flow: whether one is open (micromark opens one per container, and a new container or
  // list item closes it), what is open in it and where.
  private flowOpen = false;
  private kind = NONE;
  private depth = 0; // containers the open block is in; only depth 0 is reported
  private start = 0;
  private lastEnd = 0; // paragraph: end of its last line, trailing spaces left out; indented code: end of its last line
  private fence: Fence | null = null;
  private htmlKind = 0;

  private previousEnd = 0; // end of the previous line, before its line break
  private previousBlank = false;

  constructor(private readonly text: string) {
    this.c = { text, at: 0, end: 0, column: 0, tabUsed: 0, spacesFrom: 1, spacesTo: 0, breakMarker: 0, breakFrom: 0, breakStop: -1 };
  }

  run(): MarkdownStructure {
    const text = this.text;
    const breaks = new LineBreaks(text);
    let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0; // micromark skips a byte order mark
    while (lineStart < text.length) {
      const lineEnd = breaks.endOf(lineStart);
      this.scanLine(lineStart, lineEnd);
      lineStart = breaks.nextStart(lineEnd);
    }
    if (this.flowOpen) {
      if (this.kind === FENCED) this.finish(text.length);
      else if (this.kind === HTML) this.finish(this.htmlKind <= 5 ? text.length : this.previousEnd);
      else if (this.kind === INDENTED) this.finish(this.lastEnd);
    }
    return this.out;
  }

  private scanLine(lineStart: number, lineEnd: number): void {
    const c = this.c;
    c.at = lineStart;
    c.end = lineEnd;
    c.column = 0;
    c.tabUsed = 0;
    c.spacesFrom = 1;
    c.spacesTo = 0;
    c.breakMarker = 0;
    const blank = restIsBlank(c);
    const continued = this.continueContainers(blank);
    const lazy = this.openContainers(continued);
    if (!this.flowOpen) {
      this.flowOpen = true;
      this.kind = NONE;
      this.depth = this.stack.length;
    }
    const spanned = this.flowLine(lazy, lazy ? continued : this.stack.length, lineEnd);
    // A lazy line that went on with no paragraph closes the containers it did not continue.
    if (lazy && !spanned) this.stack.length = continued;
    this.previousBlank = blank;
    this.previousEnd = lineEnd;
  }

  /** How many of the open containers the line continues. */
  private continueContainers(blank: boolean): number {
    const stack = this.stack;
    // After a blank line only lists are open, and a blank line continues them all, as the last
    // one did: skipping the walk keeps a run of blank lines under a thousand nested lists linear.
    if (blank && this.previousBlank) return stack.length;
    let continued = 0;
    while (continued < stack.length) {
      const box = stack[continued] as Container;
      if (box.kind === 'quote') {
        if (!continueQuote(this.c, this.scratch)) break;
        continued++;
        continue;
      }
      const result = continueList(box, this.c, this.scratch);
      if (result === NOT_CONTINUED) break;
      continued++;
      if (result === NEW_ITEM) {
        this.closeFlow(this.previousEnd);
        stack.length = continued;
        break;
      }
    }
    return continued;
  }

  /**
   * New containers, unless the line belongs to fenced code or HTML that all containers go on
   * with; whether the line is lazy (continues a paragraph without its containers).
   */
  private openContainers(continued: number): boolean {
    const { stack, c, scratch } = this;
    const concrete = this.flowOpen && (this.kind === FENCED || this.kind === HTML);
    if (continued === stack.length && concrete) return false;
    const interrupt = continued === stack.length && this.flowOpen && (this.kind === PARAGRAPH || this.kind === INDENTED);
    let opened = openContainer(c, interrupt, scratch);
    if (!opened) return continued !== stack.length;
    if (this.flowOpen) this.closeFlow(this.previousEnd);
    stack.length = continued;
    while (opened) {
      stack.push(opened);
      opened = openContainer(c, interrupt, scratch);
    }
    return false;
  }

  /** The line's part inside its containers, in the open flow; whether it went on with an open block. */
  private flowLine(lazy: boolean, newDepth: number, lineEnd: number): boolean {
    const c = this.c;
    switch (this.kind) {
      case FENCED:
        if (!lazy) {
          mark(c, this.lineMark);
          if (closesFence(c, this.fence as Fence)) this.finish(lineEnd);
          reset(c, this.lineMark);
          return true;
        }
        this.finish(this.previousEnd);
        break;
      case HTML:
        if (!lazy && !(this.htmlKind >= 6 && restIsBlank(c))) {
          if (this.htmlKind <= 5 && htmlEndsOnLine(this.text, c.at, lineEnd, this.htmlKind, CONTINUATION)) this.finish(lineEnd);
          return true;
        }
        this.finish(this.previousEnd);
        break;
      case INDENTED:
        if (!lazy && this.indentedGoesOn(lineEnd)) return true;
        this.finish(this.lastEnd);
        break;
      case PARAGRAPH:
        if (this.paragraphGoesOn(lazy, lineEnd)) return true;
        break;
    }
    this.startBlock(lazy, newDepth, lineEnd);
    return false;
  }

  /** Blank lines may lie inside indented code; one indented by 4 or more counts as code. */
  private indentedGoesOn(lineEnd: number): boolean {
    const c = this.c;
    mark(c, this.lineMark);
    const indent = skipSpaces(c);
    reset(c, this.lineMark);
    if (indent < 4 && !restIsBlank(c)) return false;
    if (indent >= 4) this.lastEnd = lineEnd;
    return true;
  }

  /** The open paragraph takes the line, ends as a setext heading, or ends before it (kind NONE). */
  private paragraphGoesOn(lazy: boolean, lineEnd: number): boolean {
    const c = this.c;
    if (restIsBlank(c)) {
      this.kind = NONE;
      return false;
    }
    mark(c, this.lineMark);
    const indent = skipSpaces(c);
    if (indent < 4) {
      const underline = lazy ? 0 : setextUnderline(c);
      if (underline) {
        if (this.depth === 0) this.out.headings.push({ depth: underline, start: this.start, contentStart: this.start, contentEnd: this.lastEnd });
        this.kind = NONE;
        return true;
      }
      // micromark decides whether a complete tag alone on its line (kind 7) ends a paragraph
      // only on the next line, by which time the lazy line was kept in the container: the
      // HTML block opens there (unless the text ends with the line).
      if (lazy && peek(c) === LT && lineEnd < this.text.length && htmlOpening(this.text, c.at, lineEnd, true, true)?.kind === 7) {
        this.kind = HTML;
        this.htmlKind = 7;
        return true;
      }
      if (this.interruptsParagraph(lazy)) {
        reset(c, this.lineMark);
        this.kind = NONE;
        return false;
      }
    }
    this.lastEnd = trimmedEnd(this.text, c.at, lineEnd);
    return true;
  }

  /** A block starting on this line, in a flow with nothing open. */
  private startBlock(lazy: boolean, newDepth: number, lineEnd: number): void {
    const c = this.c;
    this.kind = NONE;
    this.depth = newDepth;
    if (restIsBlank(c)) return;
    const from = c.at;
    mark(c, this.lineMark);
    if (skipSpaces(c, 4) === 4) {
      this.kind = INDENTED;
      this.start = from;
      this.lastEnd = lineEnd;
      // micromark asks whether indented code goes on past a line of its own only when that
      // line was not lazy: code opened on a lazy line ends with it.
      if (lazy) this.finish(lineEnd);
      return;
    }
    skipSpaces(c);
    const ch = peek(c);
    if (ch === HASH) {
      const heading = atxHeading(c);
      if (heading) {
        if (this.depth === 0) this.out.headings.push(heading);
        return;
      }
    } else if (ch === BACKTICK || ch === TILDE) {
      this.fence = fenceOpening(c);
      if (this.fence) {
        this.kind = FENCED;
        this.start = c.at;
        return;
      }
    } else if (ch === LT) {
      const html = htmlOpening(this.text, c.at, lineEnd, false, lazy);
      if (html) {
        this.kind = HTML;
        this.htmlKind = html.kind;
        this.start = from;
        if (html.kind <= 5 && htmlEndsOnLine(this.text, html.from, lineEnd, html.kind, html.state)) this.finish(lineEnd);
        return;
      }
    } else if ((ch === STAR || ch === DASH || ch === UNDERSCORE) && isThematicBreak(c)) return;
    this.kind = PARAGRAPH;
    this.start = c.at;
    this.lastEnd = trimmedEnd(this.text, c.at, lineEnd);
  }

  /** Whether the line, at its first non-space, starts a block that ends an open paragraph. */
  private interruptsParagraph(lazy: boolean): boolean {
    const c = this.c;
    const ch = peek(c);
    if (ch === HASH) return atxHeading(c) !== null;
    if (ch === BACKTICK || ch === TILDE) return fenceOpening(c) !== null;
    if (ch === LT) return htmlOpening(this.text, c.at, c.end, true, lazy) !== null;
    if (ch === STAR || ch === DASH || ch === UNDERSCORE) return isThematicBreak(c);
    return false;
  }

  /** Ends the open code or HTML block at `end`, reporting it if top-level. */
  private finish(end: number): void {
    if (this.depth === 0 && (this.kind === INDENTED || this.kind === FENCED || this.kind === HTML)) this.out.opaque.push({ start: this.start, end });
    this.kind = NONE;
  }

  /** A new container or list item closes what was open in the flow. */
  private closeFlow(end: number): void {
    if (this.kind === INDENTED) this.finish(this.lastEnd);
    else if (this.kind === FENCED || this.kind === HTML) this.finish(end);
    this.kind = NONE;
    this.flowOpen = false;
  }
}
