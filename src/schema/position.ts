import { z } from 'zod';

/** A place in the decoded text: offset in UTF-16 code units (0-based), line and column 1-based. */
export const Position = z.object({
  offset: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Position = z.infer<typeof Position>;

/**
 * Where a person finds a place in a Word document, which has no lines: the paragraph (1-based,
 * counted as Word counts them, table cells included), the character in it (1-based, the
 * automatic number Word shows included) and the paragraph's first words; in a PDF also the page
 * and the line on it.
 */
export const Place = z.object({
  kind: z.literal('paragraph'),
  paragraph: z.number().int().positive(),
  character: z.number().int().positive(),
  excerpt: z.string().describe("The paragraph's first words, to find it by"),
  page: z.number().int().positive().optional().describe('In a PDF: the page (1-based)'),
  line: z.number().int().positive().optional().describe("In a PDF: the line on the page (1-based, its header not counted)"),
  column: z.number().int().positive().optional().describe('In a PDF: the character in that line (1-based)'),
});
export type Place = z.infer<typeof Place>;

/** A half-open range [start, end) of the decoded text. */
export const Span = z.object({ start: Position, end: Position });
export type Span = z.infer<typeof Span>;
