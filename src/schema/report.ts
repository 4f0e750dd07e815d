import { z } from 'zod';
import { Outline } from './outline.js';
import { Indicator } from './indicator.js';
import { Diagnostic } from './diagnostic.js';

// utf-16le and utf-16be have a byte order mark; the -nobom forms are the same text without one.
export const Encoding = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'utf-16le-nobom', 'utf-16be-nobom', 'gb18030', 'big5']);
export type Encoding = z.infer<typeof Encoding>;

export const Stats = z.object({
  chars: z.number().int(),
  lines: z.number().int(),
  sections: z.number().int(),
  items: z.number().int(),
  indicators: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  infos: z.number().int(),
});
export type Stats = z.infer<typeof Stats>;

export const ReportResult = z.object({
  file: z.string(),
  encoding: Encoding,
  placeKind: z
    .enum(['line', 'paragraph'])
    .optional()
    .describe('What places name: lines and columns of a text file, or paragraphs of a Word document (each diagnostic then has place)'),
  profile: z.string(),
  year: z.number().int().nullable(),
  title: z.string().nullable(),
  outline: Outline,
  indicators: z.array(Indicator),
  diagnostics: z.array(Diagnostic),
  stats: Stats,
});
export type ReportResult = z.infer<typeof ReportResult>;
