import { z } from 'zod';
import { DiffIndicator, ReportFacts } from './diff.js';
import { envelope } from './envelope.js';
import { ReportSource } from './output.js';

export const TargetOutcome = z.enum(['met', 'missed', 'not-reported']);
export type TargetOutcome = z.infer<typeof TargetOutcome>;

/** A target (or a catalogued plan line) the previous report set for its year, and what became of it. */
export const TargetReview = z.object({
  target: DiffIndicator.describe('As the previous report states it'),
  bound: z.enum(['about', 'at-most', 'at-least', 'exact']).nullable().describe('How the target binds: 左右, 以内, 以上, exactly'),
  outcome: TargetOutcome.describe('met, missed, or not reported by the current report'),
  actual: DiffIndicator.nullable().describe('What the current report says was achieved; null when it does not say'),
});
export type TargetReview = z.infer<typeof TargetReview>;

/** A figure the previous report estimated (预计) that the current report states otherwise. */
export const Revision = z.object({
  estimate: DiffIndicator,
  stated: DiffIndicator,
});
export type Revision = z.infer<typeof Revision>;

export const TargetReviewResult = z.object({
  previous: ReportFacts,
  current: ReportFacts,
  year: z.number().int().nullable().describe('The year the targets were set for, which the current report reviews'),
  targets: z.array(TargetReview),
  revisions: z.array(Revision),
  summary: z.object({
    targets: z.number().int(),
    met: z.number().int(),
    missed: z.number().int(),
    notReported: z.number().int(),
    revisions: z.number().int(),
  }),
});
export type TargetReviewResult = z.infer<typeof TargetReviewResult>;

/** `report-lint review --format json` */
export const ReviewOutput = z.object({
  ...envelope('review'),
  previous: ReportSource,
  current: ReportSource,
  review: TargetReviewResult,
});
export type ReviewOutput = z.infer<typeof ReviewOutput>;
