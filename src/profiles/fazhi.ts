import * as z from 'zod/mini';
import { whenUsed, type Profile } from './profile.js';
import { partSchema, required, spanSchema } from './require.js';

const contents = whenUsed(() =>
  z.object({
    span: spanSchema(),
    measures: required('measures', partSchema()),
    leaderDuties: required('leaderDuties', partSchema()),
    shortcomings: required('shortcomings', z.extend(partSchema(), { causes: required('causes', partSchema()) })),
    plan: required('plan', partSchema()),
  }),
);
const relations: Profile['relations'] = [
  { part: 'admin_reconsideration.concluded', whole: 'admin_reconsideration.accepted' },
  { part: 'people_mediation.resolved', whole: 'people_mediation.disputes' },
  { part: 'people_mediation.resolved', whole: 'people_mediation.screened' },
];

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
    kind: /法治政府(?:部门)?建设|法治建设|依法行政/,
    needsUnit: true,
    needsYear: true,
    form: { zh: '单位＋年份＋法治政府建设年度报告', en: 'issuer + year + 法治政府建设年度报告' },
    example: '{unit}{year}年法治政府建设年度报告',
  },
  get contents() {
    return contents();
  },
  relations,
};
