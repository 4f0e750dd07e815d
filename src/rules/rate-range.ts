import { isBoundedRateLabel } from '../profiles/bounded-rates.js';
import { isRate } from '../profiles/rate.js';
import { defineRule } from './rule.js';

export const rateRange = defineRule({
  id: 'rate-range',
  description: { zh: '比率超出0%～100%', en: 'A rate outside 0–100%' },
  severity: 'error',
  tags: ['indicators'],
  fixable: false,
  messages: {
    outside: {
      zh: '“{label}”为{text}，比率应在0%～100%之间：请核对数据。',
      en: '“{label}” is {text}, but a rate lies between 0% and 100%: check the figure.',
    },
  },
  docs: {
    rationale: {
      zh: '纠错率、胜诉率、调处成功率、满意度等比率是部分占整体的比例，不会超过100%。超过的多半是录入错误或把增长率误写为比率。',
      en: 'Rates such as 纠错率, 胜诉率, 调处成功率 or 满意度 are a share of a whole and never exceed 100%. One that does is usually a typing error, or a growth figure written as a rate.',
    },
    bad: ['调处成功率达107%。'],
    good: ['调处成功率达97%。'],
  },
  // Every kind of report; a completion rate against a plan may pass 100 (bounded-rates.ts).
  check(ctx) {
    for (const indicator of ctx.indicators) {
      if (indicator.unitKind !== 'percent' || (indicator.value >= 0 && indicator.value <= 100)) continue;
      if (!isRate(indicator) || !isBoundedRateLabel(indicator.label)) continue;
      ctx.report({ span: indicator.span, messageId: 'outside', data: { label: indicator.label, text: indicator.text } });
    }
  },
});
