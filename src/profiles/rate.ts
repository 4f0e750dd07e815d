import type { Indicator } from '../schema/indicator.js';

// A rate names a share of something: 纠错率, 群众满意度, 占比. The verbs after it (达, 均为) are
// often taken into the label; they are allowed at the end.
const RATE_LABEL = /(?:率|满意度|知晓度|占比|比重|比例|覆盖面)(?:达到|均为|分别为|保持在|稳定在|达|为|是|约)?$/;
// A change or growth figure may exceed 100% (增长150%): it is not a share.
const CHANGE_WORDS = /增长|增速|增幅|下降|降低|提高|提升|上升|减少|增加|同比|环比|比上年|较上年|翻/;

/** A percentage that states a share of a whole, so lies in 0–100 and has counts behind it. */
export function isRate(indicator: Indicator, label: string = indicator.label): boolean {
  return (
    indicator.kind === 'quantity' &&
    indicator.unitKind === 'percent' &&
    RATE_LABEL.test(label) &&
    !CHANGE_WORDS.test(label)
  );
}

/** The thing a rate counts, without 率 and what follows it: 调处成功率达 → 调处成功. */
export function rateStem(label: string): string {
  const at = Math.max(label.lastIndexOf('率'), label.lastIndexOf('度'));
  return at > 0 ? label.slice(0, at) : label;
}

// Rates whose base is no count of the work reported: a survey's (群众满意率, 知晓率), the staff
// sitting an exam (参考率, 通过率, 优秀率), or a state of the economy or the population measured by
// statistics (综合机械化率, 城镇化率, 覆盖率, 城镇登记失业率). A count in the section would not let a
// reader check them.
const NOT_OF_WORK = /满意|知晓|认可|好评|认同|获得感|参考率|参学率|参训率|通过率|合格率|优秀率|考试|化率|覆盖率|失业率|入学率|普及率|发生率|死亡率|出生率|自给率|贡献率/;

/** Whether a rate is a survey's, an exam's or a statistic's, not a share of the cases or tasks reported. */
export function isSurveyOrExamRate(label: string): boolean {
  return NOT_OF_WORK.test(label);
}

// 三分之一, 五分之四, 九成: not 百分之九十八, which is as precise as 98%.
const ROUGH_SHARE = /^(?![百千]分之).+分之|成$/;

/** A share put roughly in words (占比超过三分之一, 近九成): no quotient to check against counts. */
export function isRoughShare(indicator: Indicator): boolean {
  return ROUGH_SHARE.test(indicator.text);
}
