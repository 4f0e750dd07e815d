import { defineRule } from './rule.js';

export const shortcomingCauses = defineRule({
  id: 'shortcoming-causes',
  description: {
    zh: '列出了存在的不足，但没有分析原因',
    en: 'Shortcomings listed without their causes',
  },
  severity: 'warning',
  tags: ['completeness'],
  fixable: false,
  messages: {
    missing: {
      zh: '列出了不足但没有分析原因：{advice}。',
      en: 'The shortcomings are listed without their causes: {advice}.',
    },
  },
  docs: {
    rationale: {
      zh: '督察工作规定要求年度报告写明“存在的不足和原因”。只罗列问题、不分析原因（“究其原因”“主要是由于”“根源在于”等）的，应补写原因分析。',
      en: 'The inspection regulations require the report to state the shortcomings and their causes. A list of problems with no analysis of why (究其原因, 主要是由于, 根源在于 …) needs the causes added.',
    },
    bad: ['三、存在的问题\n仍存在法治建设工作责任还需持续压实、普法宣传形式还需持续创新等短板和弱项。'],
    good: ['三、存在的问题和原因\n仍存在普法宣传形式还需持续创新等短板。究其原因，主要是对新媒体普法投入不足。'],
  },
  // The check is the profile's contents schema: `required('causes', …)` in src/profiles/fazhi.ts.
  check(ctx) {
    for (const f of ctx.profileFindings()) {
      if (f.rule === 'shortcoming-causes') ctx.report({ span: f.span, messageId: 'missing', data: f.data });
    }
  },
});
