import type { LocalizedText } from '../i18n/text.js';

export type PartId = 'measures' | 'leaderDuties' | 'shortcomings' | 'causes' | 'plan' | 'review' | 'targets';

export interface PartDefinition {
  name: LocalizedText;
  /** What the drafter should add, said in the message when the part is missing. */
  advice: LocalizedText;
  /** A heading whose title matches names the part. */
  heading: RegExp | null;
  /** Words in the body that show the part is there even without a heading of its own. */
  words: RegExp | null;
}

/**
 * The parts a report may be required to contain, with the vocabulary that finds them. The
 * patterns are alternations of literal words (no nested quantifiers): linear on any input.
 */
export const PARTS: Record<PartId, PartDefinition> = {
  measures: {
    name: { zh: '主要举措和成效', en: 'measures taken and their results' },
    advice: {
      zh: '请写明本年度推进法治政府建设的主要举措和成效',
      en: 'describe the main measures of the year and what they achieved',
    },
    heading: /举措|措施|做法|成效|成绩|进展|开展情况|工作情况|主要工作|推进情况|落实情况|回顾/,
    words: null,
  },
  leaderDuties: {
    name: {
      zh: '党政主要负责人履行推进法治建设第一责任人职责情况',
      en: "the principal leaders' performance of their first-responsibility duties for the rule of law",
    },
    advice: {
      zh: '请写明党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      en: 'report how the principal Party and government leaders performed their duties as the persons first responsible for the rule of law',
    },
    // Also said without 人 (扛稳法治建设“第一责任”) and of the 一把手 (党政一把手带头述法).
    heading: /第一责任|主要负责人|一把手/,
    words: /第一责任|主要负责(?:人|同志)[^。\n]{0,24}(?:履行|职责|述法|主持|部署|调研|听取)|一把手[^。\n]{0,12}(?:法治|述法|责任|工程)/,
  },
  shortcomings: {
    name: { zh: '存在的不足', en: 'shortcomings' },
    advice: {
      zh: '请如实写明法治政府建设存在的不足和问题',
      en: 'state the shortcomings and problems of the year frankly',
    },
    // 强化突出问题整治 is a measure: a shortcomings heading says 存在的问题, 不足, 短板 ….
    heading: /存在的?(?:主要)?问题|不足|短板|差距|薄弱|困难和问题|问题和(?:不足|困难|原因)|问题与(?:不足|原因)|问题及(?:原因|整改)/,
    words: /(?:存在|仍有|还有|面临)[^。\n]{0,60}(?:问题|不足|短板|弱项|差距|困难)/,
  },
  causes: {
    name: { zh: '不足的原因', en: 'the causes of the shortcomings' },
    advice: {
      zh: '请在列出不足之后分析其原因（如“究其原因，主要是……”）',
      en: 'after listing the shortcomings, analyse their causes (e.g. “究其原因，主要是……”)',
    },
    heading: /原因/,
    words: /原因|究其|根源|根子|主要是由于|源于|由于|归因|主观上|客观上|导致/,
  },
  plan: {
    name: { zh: '下一年度工作安排', en: "next year's plan" },
    advice: {
      zh: '请写明下一年度推进法治政府建设的主要安排',
      en: "set out the main plans for next year",
    },
    heading: /下一步|下一年|明年|来年|今后|计划|打算|安排|思路|重点工作|主要任务/,
    words: /下一步|明年|来年|新的一年|今后一个时期/,
  },
  review: {
    name: { zh: '上一年度工作回顾', en: "review of the past year's work" },
    advice: { zh: '请回顾上一年度的主要工作和成绩', en: "review the past year's main work and results" },
    heading: /回顾|过去(?:一|五)年|工作总结/,
    words: /过去一年|过去五年|一年来/,
  },
  targets: {
    name: { zh: '今年主要目标和任务', en: "this year's targets and tasks" },
    advice: {
      zh: '请写明今年经济社会发展的主要预期目标和重点任务',
      en: "state this year's main targets for economic and social development and the key tasks",
    },
    heading: /目标|总体要求|总体部署|任务|重点工作|工作建议|政策取向|工作安排|工作部署/,
    words: /主要预期目标|预期目标/,
  },
};

/**
 * The causes under a heading that has promised them (存在的不足和原因): there a plainer wording of
 * a reason will do (主要是专业人员流失较多, 在于投入不足), which elsewhere lists the problems
 * themselves (存在的问题主要是……).
 */
export const PROMISED_CAUSES: PartDefinition = {
  ...PARTS.causes,
  words: /原因|究其|根源|根子|由于|源于|归因|主观上|客观上|导致|造成|主要是|在于|因为|受制于/,
};
