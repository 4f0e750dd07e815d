import type { Diagnostic, Fix, Severity } from '../schema/diagnostic.js';
import type { Place, Position, Span } from '../schema/position.js';
import type { Locator } from '../text/location.js';

/** A replacement of the text from `start` to `end` (offsets). */
export interface FixRange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Related {
  span: Span;
  message: string;
}

/**
 * A diagnostic as the checker makes it: the offsets of its range and fix, with their lines and
 * columns worked out when first read (then kept). A long report can have a hundred thousand
 * findings, and a position is three objects that the garbage collector copies for as long as
 * they live; the outputs mostly read only where a finding starts, and fixes need offsets only.
 * `toJSON` gives the plain shape of the `Diagnostic` schema; it is also what to send to a worker
 * (structured cloning copies own fields only, not `span` or `fix`).
 */
export class LintDiagnostic implements Diagnostic {
  readonly ruleId: string;
  /** Which of the rule's messages this is; absent where the rule gave a message of its own. */
  readonly messageId: string | undefined;
  readonly severity: Severity;
  readonly message: string;
  /** Offsets of the range shown: at least one character where the text has one. */
  readonly start: number;
  readonly end: number;
  related?: Related[];
  #locate: Locator;
  #span: Span | null;
  // The fix as its text and, only where it replaces another range than the one shown, that
  // range: most fixes replace what they point at, and keep no object of their own.
  #fixText: string | null;
  #fixRange: FixRange | null;
  #fixed: Fix | null = null;

  constructor(
    ruleId: string,
    severity: Severity,
    message: string,
    start: number,
    end: number,
    span: Span | null,
    fix: FixRange | null,
    locate: Locator,
    messageId?: string,
  ) {
    this.ruleId = ruleId;
    this.messageId = messageId;
    this.severity = severity;
    this.message = message;
    this.start = start;
    this.end = end;
    this.#span = span;
    this.#fixText = fix ? fix.text : null;
    // Copied: nothing of what a rule reports is kept.
    this.#fixRange = fix && (fix.start !== start || fix.end !== end) ? { start: fix.start, end: fix.end, text: fix.text } : null;
    this.#locate = locate;
  }

  get span(): Span {
    return (this.#span ??= this.#locate.span(this.start, this.end));
  }

  /** Where the range starts: what a listing shows, without making (and keeping) the whole span. */
  get startPosition(): Position {
    return this.#span ? this.#span.start : this.#locate.point(this.start);
  }

  /** Where it starts in a Word document (its paragraph and character); undefined in a text file. */
  get place(): Place | undefined {
    return this.#locate.place?.(this.start);
  }

  /** Whether the rule offers a fix, without making it. */
  get fixable(): boolean {
    return this.#fixText !== null;
  }

  /** The replacement, when the rule offers one; `fixRange` gives its offsets without positions. */
  get fix(): Fix | undefined {
    if (this.#fixText === null) return undefined;
    const range = this.#fixRange;
    // A fix of the very range shown shares its span.
    return (this.#fixed ??= { span: range ? this.#locate.span(range.start, range.end) : this.span, text: this.#fixText });
  }

  get fixRange(): FixRange | undefined {
    if (this.#fixText === null) return undefined;
    return this.#fixRange ?? { start: this.start, end: this.end, text: this.#fixText };
  }

  toJSON(): Diagnostic {
    const fix = this.fix;
    const place = this.place;
    return {
      ruleId: this.ruleId,
      ...(this.messageId !== undefined ? { messageId: this.messageId } : {}),
      severity: this.severity,
      message: this.message,
      span: this.span,
      ...(place ? { place } : {}),
      ...(fix ? { fix } : {}),
      ...(this.related ? { related: this.related } : {}),
    };
  }
}
