import { z } from 'zod';
import { Span } from './position.js';

export const UnitKind = z.enum([
  'count',
  'money',
  'percent',
  'permille',
  'percent-point',
  'multiple',
  'area',
  'length',
  'mass',
  'volume',
  'energy',
  'time',
  'other',
]);
export type UnitKind = z.infer<typeof UnitKind>;

// ratio: 城乡居民收入比2.04∶1, value left/right, the two sides in `ratio`.
export const IndicatorKind = z.enum(['quantity', 'change', 'range', 'target', 'ratio']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const Indicator = z.object({
  kind: IndicatorKind,
  text: z.string().describe('The source text of the span'),
  value: z.number().describe('The value in the unit as written (10万余次 → 100000, unit 次; 82.7万亿元 → 82.7, unit 万亿元)'),
  unit: z.string().describe('The unit as written'),
  unitKind: UnitKind,
  base: z
    .object({ value: z.number(), unit: z.string() })
    .describe('The value in the base unit of its kind (元, 次, %), for comparison across reports'),
  approx: z.string().nullable().describe('Approximation qualifier: 余 多 近 约 超 逾 以上 左右 …'),
  label: z.string().describe('What is counted, from the clause before the number'),
  key: z.string().optional().describe('Canonical catalogue key when the match is confident'),
  change: z
    .object({
      direction: z.enum(['up', 'down', 'flat']),
      reference: z.string().nullable().describe('What it is compared with: 同比, 上年, 2024年 …'),
    })
    .optional(),
  range: z.object({ low: z.number(), high: z.number() }).optional(),
  ratio: z.object({ left: z.number(), right: z.number() }).optional().describe('The two sides of a ratio (2.04∶1 → 2.04 and 1)'),
  target: z.object({ bound: z.enum(['about', 'at-most', 'at-least', 'exact']) }).optional(),
  sectionPath: z.array(z.string()).describe('Titles of the enclosing headings, with their markers'),
  sectionId: z.string().nullable(),
  item: z.string().nullable().describe('The 一是/第一 enumerator in force, if any'),
  span: Span,
});
export type Indicator = z.infer<typeof Indicator>;
