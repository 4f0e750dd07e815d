import { z } from 'zod';
import { envelope } from './envelope.js';
import { Outline } from './outline.js';
import { Encoding } from './report.js';


export const ReportSource = z.object({
  file: z.string(),
  encoding: Encoding,
  format: z.enum(['text', 'markdown', 'word', 'html', 'pdf']),
});
export type ReportSource = z.infer<typeof ReportSource>;

export const OutlineReport = ReportSource.extend({ outline: Outline });
export type OutlineReport = z.infer<typeof OutlineReport>;

/** `report-lint outline --format json` */
export const OutlineOutput = z.object({ ...envelope('outline'), reports: z.array(OutlineReport) });
export type OutlineOutput = z.infer<typeof OutlineOutput>;
