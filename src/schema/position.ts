import { z } from 'zod';

/** A place in the decoded text: offset in UTF-16 code units (0-based), line and column 1-based. */
export const Position = z.object({
  offset: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Position = z.infer<typeof Position>;

/** A half-open range [start, end) of the decoded text. */
export const Span = z.object({ start: Position, end: Position });
export type Span = z.infer<typeof Span>;
