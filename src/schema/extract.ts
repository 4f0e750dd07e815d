import { z } from 'zod';
import { envelope } from './envelope.js';
import { Indicator, IndicatorAggregate, IndicatorKind, IndicatorStatus, UnitKind } from './indicator.js';
import { ReportSource } from './output.js';

export const ExtractReport = ReportSource.extend({
  placeKind: z
    .enum(['line', 'paragraph'])
    .optional()
    .describe('What places name: lines and columns of a text file, or paragraphs of a Word file, web page or PDF (each indicator then has place)'),
  year: z.number().int().nullable(),
  title: z.string().nullable(),
  indicators: z.array(Indicator),
});
export type ExtractReport = z.infer<typeof ExtractReport>;

/** `report-lint extract --format json`: one record per report. */
export const ExtractOutput = z.object({
  ...envelope('extract'),
  reports: z.array(ExtractReport),
});
export type ExtractOutput = z.infer<typeof ExtractOutput>;

/**
 * `report-lint extract --format jsonl|csv`: one flat row per indicator, ready for a table.
 * Column order is the order of this object.
 */
export const IndicatorRow = z.object({
  file: z.string(),
  year: z.number().int().nullable(),
  section: z.string().describe('Enclosing headings joined with " > "'),
  item: z.string().nullable(),
  kind: IndicatorKind,
  status: IndicatorStatus,
  period: z.string().nullable(),
  aggregate: IndicatorAggregate,
  key: z.string().nullable(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  approx: z.string().nullable(),
  baseValue: z.number(),
  baseUnit: z.string(),
  unitKind: UnitKind,
  direction: z.enum(['up', 'down', 'flat']).nullable(),
  reference: z.string().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  bound: z.enum(['about', 'at-most', 'at-least', 'exact']).nullable(),
  text: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  paragraph: z.number().int().nullable().describe('In a Word file, web page or PDF: the paragraph (1-based, as Word counts them)'),
  character: z.number().int().nullable().describe('The character in that paragraph (1-based)'),
  page: z.number().int().nullable().describe('In a PDF: the page (1-based)'),
  pageLine: z.number().int().nullable().describe('In a PDF: the line on that page (1-based)'),
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;
