import { defineRule } from './rule.js';

export const rateRange = defineRule({
  id: 'rate-range',
  description: { zh: '比率超出0%～100%', en: 'A rate outside 0–100%' },
  severity: 'error',
  tags: ['indicators'],
  fixable: false,
  messages: {},
  docs: {
    rationale: {
      zh: '纠错率、胜诉率、调处成功率、满意度等比率是部分占整体的比例，不会超过100%。超过的多半是录入错误或把增长率误写为比率。',
      en: 'Rates such as 纠错率, 胜诉率, 调处成功率 or 满意度 are a share of a whole and never exceed 100%. One that does is usually a typing error, or a growth figure written as a rate.',
    },
    bad: ['调处成功率达107%。'],
    good: ['调处成功率达97%。'],
  },
  check(ctx) {
    for (const f of ctx.profileFindings()) {
      if (f.kind === 'out-of-range') ctx.report({ span: f.span, message: f.message, data: f.data });
    }
  },
});
