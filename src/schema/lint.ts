import { z } from 'zod';
import { envelope } from './envelope.js';
import { ReportResult } from './report.js';

export const LintSummary = z.object({
  files: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
  fixable: z.number().int().describe('Diagnostics that --fix would correct'),
});
export type LintSummary = z.infer<typeof LintSummary>;

/** `report-lint lint --format json`: every report with its diagnostics, and the totals. */
export const LintOutput = z.object({
  ...envelope('lint'),
  reports: z.array(ReportResult),
  summary: LintSummary,
});
export type LintOutput = z.infer<typeof LintOutput>;
