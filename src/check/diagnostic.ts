import type { Diagnostic, Fix, Severity } from '../schema/diagnostic.js';
import type { Span } from '../schema/position.js';
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
 * `toJSON` gives the plain shape of the `Diagnostic` schema.
 */
export class LintDiagnostic implements Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** Offsets of the range shown: at least one character where the text has one. */
  readonly start: number;
  readonly end: number;
  related?: Related[];
  #locate: Locator;
  #span: Span | null;
  #fix: FixRange | null;
  #fixed: Fix | null = null;

  constructor(
    ruleId: string,
    severity: Severity,
    message: string,
    place: { start: number; end: number; span: Span | null },
    fix: FixRange | null,
    locate: Locator,
  ) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.message = message;
    this.start = place.start;
    this.end = place.end;
    this.#span = place.span;
    this.#fix = fix;
    this.#locate = locate;
  }

  get span(): Span {
    return (this.#span ??= this.#locate.span(this.start, this.end));
  }

  /** The replacement, when the rule offers one; `fixRange` gives its offsets without positions. */
  get fix(): Fix | undefined {
    const fix = this.#fix;
    if (!fix) return undefined;
    // A fix of the very range shown shares its span.
    const span = fix.start === this.start && fix.end === this.end ? this.span : this.#locate.span(fix.start, fix.end);
    return (this.#fixed ??= { span, text: fix.text });
  }

  get fixRange(): FixRange | undefined {
    return this.#fix ?? undefined;
  }

  toJSON(): Diagnostic {
    const fix = this.fix;
    return {
      ruleId: this.ruleId,
      severity: this.severity,
      message: this.message,
      span: this.span,
      ...(fix ? { fix } : {}),
      ...(this.related ? { related: this.related } : {}),
    };
  }
}
