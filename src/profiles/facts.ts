import type { Span } from '../schema/position.js';

/** Where a part of a report was found: the heading that names it, or the words that show it. */
export interface PartFact {
  title: string;
  span: Span;
}

/** The shortcomings part, and whether it says why (督察工作规定: 不足、原因). */
export interface ShortcomingsFact extends PartFact {
  causes: PartFact | null;
}

/**
 * What a report contains, as a plain object a profile's zod schema validates. Every value that
 * an issue can concern carries a span, so that an issue path resolves to a place in the text;
 * `span` at the top is where a part that is missing altogether is reported (the title, or the
 * first line).
 */
export interface ReportContents {
  span: Span;
  measures: PartFact | null;
  leaderDuties: PartFact | null;
  shortcomings: ShortcomingsFact | null;
  plan: PartFact | null;
  review: PartFact | null;
  targets: PartFact | null;
}
