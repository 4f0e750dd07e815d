import * as z from 'zod/mini';
import { figuresSchema } from './figures.js';
import type { Profile } from './profile.js';
import { PartSchema, required, SpanSchema } from './require.js';

/**
 * 法治政府建设年度报告. 《法治政府建设与责任落实督察工作规定》 (2019) art. 25 asks the report to
 * cover the main measures and results of the year, the principal leaders' performance of their
 * first-responsibility duties, the shortcomings and their causes, and next year's plan.
 */
export const fazhi: Profile = {
  id: 'fazhi',
  name: { zh: '法治政府建设年度报告', en: 'annual report on building a rule-of-law government' },
  annual: true,
  title: {
    kind: /法治政府建设|法治建设|依法行政/,
    needsUnit: true,
    needsYear: true,
    form: { zh: '单位＋年份＋法治政府建设年度报告', en: 'issuer + year + 法治政府建设年度报告' },
    example: '{unit}{year}年法治政府建设年度报告',
  },
  contents: z.object({
    span: SpanSchema,
    measures: required('measures', PartSchema),
    leaderDuties: required('leaderDuties', PartSchema),
    shortcomings: required('shortcomings', z.extend(PartSchema, { causes: required('causes', PartSchema) })),
    plan: required('plan', PartSchema),
  }),
  figures: figuresSchema([
    { part: 'admin_reconsideration.concluded', whole: 'admin_reconsideration.accepted' },
    { part: 'people_mediation.resolved', whole: 'people_mediation.disputes' },
    { part: 'people_mediation.resolved', whole: 'people_mediation.screened' },
  ]),
};
