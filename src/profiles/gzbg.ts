import * as z from 'zod/mini';
import { figuresSchema } from './figures.js';
import type { Profile } from './profile.js';
import { PartSchema, required, SpanSchema } from './require.js';

/** 政府工作报告: a review of the past year and the targets and tasks of this one. */
export const gzbg: Profile = {
  id: 'gzbg',
  name: { zh: '政府工作报告', en: 'government work report' },
  // Delivered in spring about the year before and the year ahead: 目前 is a real date there.
  annual: false,
  title: {
    kind: /政府工作报告/,
    needsUnit: false,
    needsYear: false,
    form: { zh: '（单位＋年份＋）政府工作报告', en: '(issuer + year +) 政府工作报告' },
    example: '政府工作报告',
  },
  contents: z.object({
    span: SpanSchema,
    review: required('review', PartSchema),
    targets: required('targets', PartSchema),
  }),
  figures: figuresSchema([]),
};
