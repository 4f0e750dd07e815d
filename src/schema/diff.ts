import { z } from 'zod';
import { envelope } from './envelope.js';
import { Indicator } from './indicator.js';
import { ReportSource } from './output.js';
import { Span } from './position.js';

/** An indicator as the diff shows it: what it says and where, without the extractor's extras. */
export const DiffIndicator = Indicator.pick({
  kind: true,
  status: true,
  period: true,
  aggregate: true,
  text: true,
  value: true,
  unit: true,
  unitKind: true,
  base: true,
  approx: true,
  label: true,
  key: true,
  sectionPath: true,
  sectionId: true,
  span: true,
});
export type DiffIndicator = z.infer<typeof DiffIndicator>;

export const ValueChange = z.object({
  absolute: z.number().describe('new − old, in the base unit'),
  relative: z.number().nullable().describe('(new − old) / |old|; null when old is 0'),
  unit: z.string().describe('The base unit of absolute (元, 次, % …); for % the change is in percentage points'),
});
export type ValueChange = z.infer<typeof ValueChange>;

export const AlignedBy = z.enum(['key', 'label']);
export type AlignedBy = z.infer<typeof AlignedBy>;

/** One indicator found in both reports. */
export const IndicatorPair = z.object({
  old: DiffIndicator,
  new: DiffIndicator,
  alignedBy: AlignedBy.describe('key: same catalogue key; label: similar label, same unit kind, similar section'),
  score: z.number().describe('Alignment score, 0–1 for label alignment'),
  change: ValueChange.nullable().describe('null when the normalised values are equal'),
  labelChanged: z.boolean().describe('The label is worded differently'),
  moved: z.boolean().describe('The indicator sits under a heading that is not the counterpart of its old one'),
});
export type IndicatorPair = z.infer<typeof IndicatorPair>;

export const DiffSection = z.object({
  id: z.string(),
  level: z.number().int(),
  marker: z.string(),
  title: z.string(),
  titleSpan: Span,
  span: Span,
});
export type DiffSection = z.infer<typeof DiffSection>;

export const SectionPair = z.object({
  old: DiffSection,
  new: DiffSection,
  similarity: z.number().describe('Bigram Dice similarity of the titles, markers and years left out'),
});
export type SectionPair = z.infer<typeof SectionPair>;

const share = z.number().min(0).max(1);

export const DiffSummary = z.object({
  indicators: z.object({
    old: z.number().int(),
    new: z.number().int(),
    aligned: z.number().int(),
    byKey: z.number().int(),
    byLabel: z.number().int(),
    oldShare: share.describe('aligned / old'),
    newShare: share.describe('aligned / new'),
    changed: z.number().int(),
    unchanged: z.number().int(),
    added: z.number().int(),
    removed: z.number().int(),
    hidden: z.number().int().describe('Changes left out of `changed` by minChange'),
  }),
  sections: z.object({
    old: z.number().int(),
    new: z.number().int(),
    aligned: z.number().int(),
    renamed: z.number().int(),
    added: z.number().int(),
    removed: z.number().int(),
    oldShare: share,
    newShare: share,
  }),
});
export type DiffSummary = z.infer<typeof DiffSummary>;

export const ReportFacts = z.object({
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  reviewed: z.number().int().nullable().describe('The year whose results the report gives (2024 for a 政府工作报告 of 2025)'),
});

/** What changed between two reports, indicator by indicator and heading by heading. */
export const ReportDiff = z.object({
  old: ReportFacts,
  new: ReportFacts,
  minChange: z.number().nullable().describe('Relative changes smaller than this many percent were hidden'),
  indicators: z.object({
    changed: z.array(IndicatorPair),
    unchanged: z.array(IndicatorPair),
    added: z.array(DiffIndicator),
    removed: z.array(DiffIndicator),
  }),
  sections: z.object({
    renamed: z.array(SectionPair),
    added: z.array(DiffSection),
    removed: z.array(DiffSection),
  }),
  summary: DiffSummary,
});
export type ReportDiff = z.infer<typeof ReportDiff>;

/** `report-lint diff --format json` */
export const DiffOutput = z.object({
  ...envelope('diff'),
  old: ReportSource,
  new: ReportSource,
  diff: ReportDiff,
});
export type DiffOutput = z.infer<typeof DiffOutput>;
