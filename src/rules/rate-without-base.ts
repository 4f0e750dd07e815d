import type { Indicator, UnitKind } from '../schema/indicator.js';
import { isRate, isRoughShare, isSurveyOrExamRate, rateStem } from '../profiles/rate.js';
import { defineRule } from './rule.js';
import { leadOf } from './support/clause.js';
import { firstAtOrAfter } from '../text/sorted.js';
import { inTextOrder } from './support/text-order.js';
import { sectionEnd, sectionStart } from '../outline/section.js';

// Units a rate of an amount is taken of: money paid, tonnes collected, hectares restored.
const MEASURES: ReadonlySet<UnitKind> = new Set(['money', 'area', 'length', 'mass', 'volume', 'energy']);

export const rateWithoutBase = defineRule({
  id: 'rate-without-base',
  description: {
    zh: '比率没有给出计算基数',
    en: 'A rate with no count to show its base',
  },
  severity: 'info',
  tags: ['indicators'],
  fixable: false,
  profiles: ['fazhi', 'generic'],
  messages: {
    noBase: {
      zh: '“{rate}”所在部分没有写明计算基数：请写明基数（如“共办理××件，其中……”），便于核实。',
      en: '“{rate}” has no base stated in its section: state it (how many cases, requests …) so the rate can be checked.',
    },
  },
  docs: {
    rationale: {
      zh: '年度报告中的比率应能核实：写“按时答复率100%”时，同一部分应写明受理了多少件；同一句在比率之前写明了金额、面积等数量的（“发放待遇4.16亿元，发放率100%”）不报。政府工作报告中的统计指标（失业率、城镇化率等）以及满意度调查、考试的比率（群众满意率、参考率、通过率等）不适用本规则。',
      en: 'A rate in an annual report should be checkable: with “按时答复率100%” the same section says how many requests there were; a rate after an amount in its sentence (发放待遇4.16亿元，发放率100%) is not reported. Statistical indicators of a government work report (失业率, 城镇化率 …) and the rates of a satisfaction survey or an exam (群众满意率, 参考率, 通过率 …) are not concerned.',
    },
    bad: ['（六）主动落实政务公开。法定期限内答复率100%。'],
    good: ['（六）主动落实政务公开。受理依申请公开事项33件，法定期限内答复率100%。'],
  },
  check(ctx) {
    // Where the counts start, in order: the list is in text order already (no sort of 100k numbers).
    const counts = inTextOrder(ctx.indicators)
      .filter((i) => i.unitKind === 'count')
      .map((i) => i.span.start.offset);
    const measures = inTextOrder(ctx.indicators)
      .filter((i) => MEASURES.has(i.unitKind) && i.kind === 'quantity')
      .map((i) => i.span.start.offset);
    const hasMeasureBefore = (rate: Indicator): boolean => {
      const sentence = ctx.facts.sentenceAt(rate.span.start.offset);
      return firstAtOrAfter(measures, sentence.start) < rate.span.start.offset;
    };
    // A rate restated (the shortcomings repeat 纠错率14.5% of the review) has its base where it
    // was first given: the same figure of the same kind with a count in its section.
    const based = new Set<string>();
    const unbased: Array<{ rate: Indicator; lead: string }> = [];
    for (const rate of ctx.indicators) {
      // A goal (调解成功率保持在98%以上) has no count behind it yet, and a share put roughly in
      // words (占比超过三分之一, 近九成) is no quotient to check.
      if (rate.unitKind !== 'percent' || rate.kind === 'target' || isRoughShare(rate)) continue;
      const lead = leadOf(ctx.text, rate);
      if (!isRate(rate, lead) && !isRate(rate)) continue;
      // A satisfaction survey's or an exam's rate is checked against no count of cases.
      if (isSurveyOrExamRate(lead) || isSurveyOrExamRate(rate.label)) continue;
      const scope = ctx.sectionAt(rate.span.start.offset).headings.at(-1);
      const inScope = scope ? firstAtOrAfter(counts, sectionStart(scope)) < sectionEnd(scope) : counts.length > 0;
      // 发放待遇4.16亿元，发放率100%: the sum paid, just before its rate, is the base in money
      // (or in tonnes, hectares …); only a section with no figure of any kind lacks one.
      if (inScope || hasMeasureBefore(rate)) {
        based.add(restatement(rate, lead));
        continue;
      }
      unbased.push({ rate, lead });
    }
    for (const { rate, lead } of unbased) {
      if (based.has(restatement(rate, lead))) continue;
      ctx.report({ span: rate.span, messageId: 'noBase', data: { rate: `${lead}${rate.text}` } });
    }
  },
});

/** What makes two statements of a rate one: its figure and the two characters before 率 (纠错率14.5%). */
function restatement(rate: Indicator, lead: string): string {
  return `${rateStem(lead).slice(-2)}\u0000${rate.text}`;
}
