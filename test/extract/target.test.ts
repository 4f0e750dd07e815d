import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/index.js';
import { AT_LEAST_WORDS, AT_MOST_WORDS, HELD_AT_WORDS, isGoalHeading, targetBound } from '../../src/extract/target.js';
import { parseOutline } from '../../src/outline/index.js';

const kinds = (text: string) => {
  const outline = parseOutline(text);
  return extractIndicators(text, outline).map((i) => `${i.text} ${i.kind}${i.target ? ` ${i.target.bound}` : ''}`);
};

describe('targetBound', () => {
  it('reads the bound word before the number (不超过3%, 不低于90%, 控制在3%以内)', () => {
    expect(targetBound('财政赤字率不超过', '', null, null, false)).toBe('at-most');
    expect(targetBound('出庭应诉率不低于', '', null, null, false)).toBe('at-least');
    expect(targetBound('力争达到', '', null, null, false)).toBe('at-least');
    expect(targetBound('居民消费价格涨幅控制在', '', null, '左右', false)).toBe('about');
    expect(targetBound('居民消费价格涨幅控制在', '', null, null, false)).toBeNull(); // a result, in a review of the year
    expect(targetBound('审结', '', null, null, false)).toBeNull();
  });

  it('knows every bound word, however its last character is guarded', () => {
    for (const word of AT_MOST_WORDS) expect(targetBound(`财政赤字率${word}`, '', null, null, false), word).toBe('at-most');
    for (const word of AT_LEAST_WORDS) expect(targetBound(`出庭应诉率${word}`, '', null, null, false), word).toBe('at-least');
    for (const word of HELD_AT_WORDS) expect(targetBound(`涨幅${word}`, '', null, '左右', false), word).toBe('about');
  });
});

describe('goals announced by a heading', () => {
  it('the figures under 二、2025年主要预期目标 are targets even where their sentence does not say so', () => {
    const text = [
      '一、2024年工作回顾',
      '全县地区生产总值增长5.8%，城镇新增就业4120人。',
      '二、2025年主要预期目标',
      '地区生产总值增长6%左右；一般公共预算收入增长4%；城镇新增就业4000人以上；城镇调查失业率5.5%以内。',
      '三、2025年重点工作',
      '全年实施重点项目120个。',
    ].join('\n');
    expect(kinds(text)).toEqual([
      '5.8% change',
      '4120人 quantity',
      '6% target about',
      '4% target exact',
      '4000人 target at-least',
      '5.5% target at-most',
      '120个 target exact', // 2025年重点工作 after 2024年工作回顾: the year's plan
    ]);
  });

  it('a count with 余/多 under a goals heading still states a fact (我国有9亿多劳动力)', () => {
    expect(kinds('二、“十三五”时期主要目标任务\n我国有9亿多劳动力，经济年均增长6.5%以上。')).toEqual(['9亿多 quantity', '6.5% target at-least']);
  });

  it('the figures of next year\'s plan are aims, not results (六、2026年工作打算)', () => {
    const text = '一、2025年工作情况\n全年新增城镇就业2360人。\n二、2026年工作打算\n新增城镇就业2400人，新建口袋公园2个，普法活动100场次以上。';
    expect(kinds(text)).toEqual(['2360人 quantity', '2400人 target exact', '2个 target exact', '100场次 target at-least']);
    for (const title of ['下一步工作计划', '2014年工作总体部署', '2025年推进法治政府建设的主要安排', '今后工作思路']) expect(isGoalHeading(title), title).toBe(true);
    expect(isGoalHeading('2025年工作安排落实情况')).toBe(false);
  });

  it('among the year\'s results, 控制在…以内/左右 reports what was achieved, within a bound', () => {
    const text = '一、2025年工作回顾\n居民消费价格涨幅控制在1.2%以内，财政赤字率控制在3%左右。\n二、2026年主要预期目标\n居民消费价格涨幅控制在2%以内。';
    expect(kinds(text)).toEqual(['1.2% change', '3% quantity', '2% target at-most']);
    const approx = extractIndicators(text, parseOutline(text)).map((i) => i.approx);
    expect(approx).toEqual(['以内', '左右', null]);
  });

  it('重点工作 of a year after the one reviewed is a plan; of the year reviewed, results', () => {
    expect(kinds('一、2025年工作回顾\n全年实施重点项目118个。\n三、2026年重点工作\n全年实施重点项目120个。')).toEqual(['118个 quantity', '120个 target exact']);
    expect(kinds('一、2025年工作成效\n全年实施重点项目118个。\n二、2025年重点工作推进\n全年实施重点项目118个。')).toEqual(['118个 quantity', '118个 quantity']);
  });

  it('a review of the goals is not a goals heading', () => {
    expect(isGoalHeading('2025年主要预期目标')).toBe(true);
    expect(isGoalHeading('“十三五”时期主要目标任务和重大举措')).toBe(true);
    expect(isGoalHeading('2024年目标任务完成情况')).toBe(false);
    expect(kinds('一、2024年目标任务完成情况\n城镇新增就业4120人。')).toEqual(['4120人 quantity']);
  });
});

