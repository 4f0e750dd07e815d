import { defineRule } from './rule.js';

export const requiredParts = defineRule({
  id: 'required-parts',
  description: {
    zh: '缺少该类报告必须包含的部分',
    en: 'A part that this kind of report must contain is missing',
  },
  severity: 'error',
  tags: ['completeness'],
  scope: 'document',
  fixable: false,
  messages: {
    missing: {
      zh: '缺少“{part}”部分：{advice}。',
      en: 'The report lacks {part}: {advice}.',
    },
    // A profile schema written without a rule's params: zod's own message, placed all the same.
    unmet: {
      zh: '不符合报告类型的要求：{issue}',
      en: 'Does not meet the requirements of the report kind: {issue}',
    },
  },
  docs: {
    rationale: {
      zh: '《法治政府建设与责任落实督察工作规定》第二十五条要求法治政府建设年度报告写明：上一年度推进法治政府建设的主要举措和成效、存在的不足和原因、党政主要负责人履行推进法治建设第一责任人职责情况、下一年度工作安排。政府工作报告应有上一年工作回顾和今年的目标任务。报告类型由标题和用语自动判断，可用 --profile 指定。',
      en: 'The Regulations on Inspection of Building a Rule-of-Law Government (art. 25) require the annual report to cover the main measures and results of the year, the shortcomings and their causes, how the principal leaders performed their first-responsibility duties, and next year’s plan. A government work report reviews the past year and sets this year’s targets. The kind of report is detected from the title and wording; --profile sets it.',
    },
    bad: ['一、2025年法治政府建设主要举措和成效\n……\n二、2026年工作安排\n……（没有写存在的不足）'],
    good: ['一、主要举措和成效\n……\n二、存在的不足和原因\n……\n三、党政主要负责人履行第一责任人职责情况\n……\n四、2026年工作安排\n……'],
  },
  // The check is the profile's contents schema (src/profiles/<id>.ts, `required` in require.ts):
  // each of its issues names the rule that reports it.
  check(ctx) {
    for (const f of ctx.profileFindings()) {
      if (f.rule === 'required-parts') ctx.report({ span: f.span, messageId: f.unexplained ? 'unmet' : 'missing', data: f.data });
    }
  },
});
