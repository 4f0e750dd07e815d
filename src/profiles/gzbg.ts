import * as z from 'zod/mini';
import { whenUsed, type Profile } from './profile.js';
import { partSchema, required, spanSchema } from './require.js';

const contents = whenUsed(() =>
  z.object({
    span: spanSchema(),
    review: required('review', partSchema()),
    targets: required('targets', partSchema()),
  }),
);

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
  get contents() {
    return contents();
  },
  relations: [],
};
