import { z } from 'zod';
import { Place, Span } from './position.js';

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

/**
 * When a figure holds: what it is (a result, an estimate, a target, a plan), the period it is of
 * and whether it is a level or a change, a sum or an average over that period. `kind` is how the
 * figure is written (a plain quantity, a change, a range, a bounded aim); these say what it means.
 */
export const IndicatorStatus = z.enum(['result', 'estimate', 'target', 'plan']);
export type IndicatorStatus = z.infer<typeof IndicatorStatus>;

export const IndicatorAggregate = z.enum(['level', 'change', 'cumulative', 'average']);
export type IndicatorAggregate = z.infer<typeof IndicatorAggregate>;

export const Indicator = z.object({
  kind: IndicatorKind.describe(
    'How the figure is written: quantity, change (a verb of change), range, target (a bound or a goal word). ' +
      'status, period and aggregate say what it means: a target kind is status target or plan (or estimate after 预计); ' +
      'a change kind has aggregate change (or average after 年均)',
  ),
  status: IndicatorStatus.describe('result: achieved; estimate: 预计, 初步核算, 快报; target: 预期目标, 力争, a bound in a plan; plan: 拟安排, 拟发行, 计划, the coming year\'s work'),
  period: z
    .string()
    .nullable()
    .describe('The time the figure is of: a year "2024"; years "2013/2017" (过去五年, 十四五); months "2024-01/2024-06" (上半年, 1—6月, a quarter); a goal year (到2035年 → "2035"); null when nothing says'),
  aggregate: IndicatorAggregate.describe('level (a stock or a flow of the period), change (against change.reference), cumulative (累计, a total over years), average (年均)'),
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
  place: Place.optional().describe('In a Word file, web page or PDF: where a person finds it (paragraph; page and line in a PDF)'),
});
export type Indicator = z.infer<typeof Indicator>;
