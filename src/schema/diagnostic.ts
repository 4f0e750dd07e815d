import { z } from 'zod';
import { Place, Span } from './position.js';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Fix = z.object({
  span: Span,
  text: z.string().describe('Replacement for the text of span'),
});
export type Fix = z.infer<typeof Fix>;

export const Diagnostic = z.object({
  ruleId: z.string(),
  messageId: z.string().optional().describe('Which of the rule’s messages this is (a key of its `messages`), the same in every language'),
  severity: Severity,
  message: z.string(),
  span: Span,
  place: Place.optional().describe('Where it starts in a Word document (span stays in its extracted text)'),
  fix: Fix.optional(),
  related: z.array(z.object({ span: Span, message: z.string() })).optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;
