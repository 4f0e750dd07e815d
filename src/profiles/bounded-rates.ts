/**
 * Which rate words name a share of a whole (at most 100 %) and which may pass 100 %. A share
 * counts part of something (占比, 覆盖率, 满意度); an achievement is measured against a plan or a
 * target, which a year may overshoot (年度计划投资完成率114.2%), and some ratios have no ceiling at
 * all (贡献率, 负债率). A rate word that is in neither list is taken as a share, as most are.
 * Longest word first wins: 整改完成率 is a share of the problems found, 投资完成率 is not.
 */
export interface RateWord {
  word: string;
  bounded: boolean;
}

const RATE_WORDS: readonly RateWord[] = [
  // Against a plan, a target or a budget: 超额完成 is more than 100 %.
  { word: '计划完成率', bounded: false },
  { word: '投资完成率', bounded: false },
  { word: '目标完成率', bounded: false },
  { word: '预算完成率', bounded: false },
  { word: '收入完成率', bounded: false },
  { word: '任务完成率', bounded: false },
  // What was to be put right or handled: a share of the cases found.
  { word: '整改完成率', bounded: true },
  { word: '办结率', bounded: true },
  // Growth and ratios of two different things.
  { word: '增长率', bounded: false },
  { word: '自给率', bounded: false },
  { word: '贡献率', bounded: false },
  { word: '负债率', bounded: false },
  { word: '杠杆率', bounded: false },
  { word: '周转率', bounded: false },
  { word: '收益率', bounded: false },
  { word: '回报率', bounded: false },
  // Shares.
  { word: '占比', bounded: true },
  { word: '比重', bounded: true },
  { word: '覆盖率', bounded: true },
  { word: '达标率', bounded: true },
  { word: '满意度', bounded: true },
  { word: '知晓率', bounded: true },
  { word: '合格率', bounded: true },
  { word: '成功率', bounded: true },
  { word: '纠错率', bounded: true },
  { word: '胜诉率', bounded: true },
  { word: '出庭应诉率', bounded: true },
];

// The verbs a label may carry after the rate word (纠错率达到, 满意度均为).
const TRAILING_VERB = /(?:达到|均为|分别为|保持在|稳定在|达|为|是|约)$/;

/** Whether a rate with this label lies in 0–100 %: the longest rate word it ends with decides. */
export function isBoundedRateLabel(label: string): boolean {
  const name = label.replace(TRAILING_VERB, '');
  let best: RateWord | undefined;
  for (const entry of RATE_WORDS) {
    if (name.endsWith(entry.word) && (!best || entry.word.length > best.word.length)) best = entry;
  }
  return best?.bounded ?? true;
}
