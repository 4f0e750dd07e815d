/**
 * The words that say when a figure holds: its status, its period, its aggregate. Declarative
 * tables; src/extract/timeframe.ts applies them (sentence first, then clause, heading, report).
 * Each entry's pattern is a plain alternation with no nested repetition: linear to run.
 */
import type { IndicatorAggregate, IndicatorStatus } from '../schema/indicator.js';

export interface StatusCue {
  status: IndicatorStatus;
  /** Words that give a figure after them, in the same sentence, this status. */
  words: string;
}

// The nearest cue before the figure in its sentence wins: 预期目标是：…增长5%左右 is a target, 全年
// 主要预期目标任务圆满完成，地区生产总值增长5.2% a result (the completion comes after the goal word).
export const STATUS_CUES: readonly StatusCue[] = [
  { status: 'estimate', words: '预计|初步核算|初步测算|初步统计|快报数|快报|预估' },
  {
    // Not 争取: in a review it is what was obtained (争取政策性资金824亿元).
    status: 'target',
    words: '预期目标|主要目标|目标是|目标为|目标任务是|预期增长|力争|确保达到|控制目标',
  },
  {
    // 拟 (拟安排, 拟发行, 拟按); 计划 and 将 only before a verb of doing: 检查计划161项 and 将1200项
    // 事项纳入 are a noun and a preposition. 要 the same (主要, 重要 are words).
    status: 'plan',
    words:
      '拟|计划(?:安排|投资|完成|新增|新建|建设|开工|实施|发行|招录|培训|开展|建成|改造)|将(?:安排|新增|完成|建设|新建|投入|发行|实施|开工|培训|开展|建成|改造|再)|(?<![主重需必只纲])要(?:完成|新增|下降|降低|提高|达到|实现|安排|建设|新建|改造|培训|增加|减少|再|确保|力争)',
  },
  {
    // What a target came to: 目标任务圆满完成, 实际增长, 完成情况.
    status: 'result',
    words: '(?:目标|任务)(?:任务)?(?:圆满|全面|顺利|超额|较好|基本)?(?:完成|实现)|实际(?:增长|完成|实现|为)|完成情况|已完成|超额完成',
  },
];

/** A part of a year in words: 上半年 → months 1 to 6. */
export const PART_OF_YEAR: Readonly<Record<string, readonly [number, number]>> = {
  上半年: [1, 6],
  下半年: [7, 12],
  前三季度: [1, 9],
  一季度: [1, 3],
  第一季度: [1, 3],
  二季度: [4, 6],
  第二季度: [4, 6],
  三季度: [7, 9],
  第三季度: [7, 9],
  四季度: [10, 12],
  第四季度: [10, 12],
  前两个季度: [1, 6],
};

/**
 * Words for a year relative to when the report was written (`now`: a 政府工作报告 delivered in
 * 2025 says 今年 of 2025, a 法治政府建设年度报告 of 2025 too) or to the year it reviews (过去一年,
 * 一年来: 2024 in the first, 2025 in the second).
 */
export interface RelativeYear {
  from: 'now' | 'reviewed';
  offset: number;
}
export const RELATIVE_YEARS: Readonly<Record<string, RelativeYear>> = {
  今年: { from: 'now', offset: 0 },
  本年: { from: 'now', offset: 0 },
  本年度: { from: 'now', offset: 0 },
  去年: { from: 'now', offset: -1 },
  上年: { from: 'now', offset: -1 },
  上一年: { from: 'now', offset: -1 },
  明年: { from: 'now', offset: 1 },
  下一年: { from: 'now', offset: 1 },
  来年: { from: 'now', offset: 1 },
  过去一年: { from: 'reviewed', offset: 0 },
  刚刚过去的一年: { from: 'reviewed', offset: 0 },
  一年来: { from: 'reviewed', offset: 0 },
  这一年: { from: 'reviewed', offset: 0 },
};

/** A run of years back from the reviewed year (过去五年, 五年来, 十年) or on from the planned one (今后五年). */
export const YEARS_BACK = '过去|近|这';
export const YEARS_ON = '今后|未来|后';
// After the count: 五年来, 五年间, 五年累计, 五年共, 五年年均 (not 连续4年, a run, not a period).
export const YEARS_AFTER = '来|间|累计|共|年均|总体|内|中|里';

/** The five-year plans: 十四五 → 2021–2025. */
export const FIVE_YEAR_PLANS: Readonly<Record<string, number>> = {
  十五: 2001,
  十一五: 2006,
  十二五: 2011,
  十三五: 2016,
  十四五: 2021,
  十五五: 2026,
};

// Before a year, what makes it the base of a comparison (比2020年, 较上年, 与去年相比, 是2010年的2.2倍),
// not the figure's period.
export const REFERENCE_BEFORE = '比|较|同|与|相比|对比|高于|低于|是|相当于';

/** Words right before a figure that state what is (我国有2.9亿在校学生), even in a plan. */
export const EXISTING = '(?:我国|全国|全省|全市|全区|全县|现|目前)有';

export interface AggregateCue {
  aggregate: IndicatorAggregate;
  words: string;
}

/** Words in the clause before the figure that say it is an average or a total over its period. */
export const AGGREGATE_CUES: readonly AggregateCue[] = [
  { aggregate: 'average', words: '年均|平均每年|每年平均|年平均|[二三四五六七八九十]年总体' },
  { aggregate: 'cumulative', words: '累计|累积|五年共|五年来共|总计|先后共' },
];

/**
 * In a span of years (过去五年) a figure without 累计 is still a total when it counts what was done
 * (新建改建农村公路127万公里), but the level at the span's end when it states what is (覆盖9亿多人,
 * 人均预期寿命达到76.7岁, a share): these words, right before the figure, say a level.
 */
export const LEVEL_WORDS = '达到|达|覆盖|总量|规模|拥有|保有|总数|总额|里程|比重|占比|占|率|升至|增至|提高到|提高至|增加到|增加至|上升到|上升至|突破|稳定在|保持在|居';
