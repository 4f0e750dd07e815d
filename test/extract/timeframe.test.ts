import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIndicators, reportTime, scanIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import type { Indicator } from '../../src/schema/indicator.js';
import { ROOT, SHARED, announceSkip } from '../support/paths.js';

type Frame = [text: string, period: string | null, status: Indicator['status'], aggregate: Indicator['aggregate']];

const frame = (i: Indicator): Frame => [i.text, i.period, i.status, i.aggregate];

function extract(text: string): Indicator[] {
  return extractIndicators(text, parseOutline(text));
}

/** The figure written `written` whose sentence contains `near` (the first when `near` is left out). */
function figure(text: string, indicators: readonly Indicator[], written: string, near = ''): Indicator {
  const found = indicators.find((i) => {
    if (i.text !== written) return false;
    const at = i.span.start.offset;
    return text.slice(Math.max(0, at - 60), at + 40).includes(near);
  });
  if (!found) throw new Error(`no figure ${written} near ${near}`);
  return found;
}

describe('time frame: a 政府工作报告 of my own making', () => {
  const text = readFileSync(join(ROOT, 'fixtures/timeframe/2025-province-gzbg.txt'), 'utf8');
  const indicators = extract(text);

  it('reviews 2024 and plans 2025, as a report delivered in 2025 does', () => {
    expect(reportTime(text, parseOutline(text))).toEqual({ reviewed: 2024, planned: 2025, now: 2025 });
  });

  it('gives every figure its status, period and aggregate', () => {
    expect(indicators.map(frame)).toEqual([
      // 预计 makes the sentence's figures estimates up to its ；
      ['5.3%', '2024', 'estimate', 'change'],
      ['3万亿元', '2024', 'estimate', 'level'],
      ['65万人', '2024', 'result', 'level'],
      ['4.1%', '2024', 'estimate', 'change'],
      ['6.2%', '2024', 'result', 'change'],
      // 上半年, 1—11月: months of the reviewed year
      ['3.9%', '2024-01/2024-06', 'result', 'change'],
      ['4.4%', '2024-01/2024-11', 'result', 'change'],
      // 五年来: the five years up to the reviewed one
      ['5.6%', '2020/2024', 'result', 'average'],
      ['320万人', '2020/2024', 'result', 'cumulative'],
      // 从A提高到B: A of the year before the span, B of its end
      ['58.1%', '2019', 'result', 'level'],
      ['63.4%', '2024', 'result', 'level'],
      ['2.1万公里', '2020/2024', 'result', 'cumulative'],
      ['79.2岁', '2024', 'result', 'level'],
      ['13.5%', '2020/2024', 'result', 'change'],
      ['5.5%', '2025', 'target', 'change'],
      ['60万人', '2025', 'target', 'level'],
      ['2%', '2025', 'target', 'change'],
      ['1200亿元', '2025', 'plan', 'level'],
      ['3万套', '2025', 'plan', 'level'],
      ['2万个', '2025', 'plan', 'level'],
      // 去年 in the plan: last year's result
      ['590亿斤', '2024', 'result', 'level'],
      ['12%', '2027', 'target', 'level'],
      ['300万人', '2025/2029', 'target', 'cumulative'],
    ]);
  });
});

describe('time frame: a 法治政府建设年度报告 of my own making', () => {
  const text = readFileSync(join(ROOT, 'fixtures/timeframe/2025-district-fazhi.txt'), 'utf8');

  it('reviews its own year and plans the next', () => {
    expect(reportTime(text, parseOutline(text))).toEqual({ reviewed: 2025, planned: 2026, now: 2025 });
    expect(extract(text).map(frame)).toEqual([
      ['86件', '2025', 'result', 'level'],
      ['12%', '2025', 'result', 'change'],
      ['21件', '2025-01/2025-06', 'result', 'level'],
      ['45次', '2025-07/2025-09', 'result', 'level'],
      ['6期', '2026', 'plan', 'level'],
      ['10%', '2026', 'target', 'level'],
    ]);
  });
});

describe('time frame: words that look like cues and are not', () => {
  const frames = (text: string) => extract(text).map(frame);

  it('a base of comparison is not the period (比2020年, 较上年)', () => {
    // A 政府工作报告 of 2024 reviews 2023.
    expect(frames('某县2024年政府工作报告\n一、工作回顾\n单位生产总值能耗比2020年下降13.5%，较上年减少3.1个百分点。')).toEqual([
      ['13.5%', '2023', 'result', 'change'],
      ['3.1个百分点', '2023', 'result', 'change'],
    ]);
  });

  it('争取 in a review is what was obtained, not an aim', () => {
    const [found] = extract('某市2024年工作总结\n一、主要成效\n全年争取上级资金12亿元。');
    expect(found?.status).toBe('result');
  });

  it('计划 and 将 as a noun and a preposition do not make plans', () => {
    expect(frames('某区2024年法治政府建设年度报告\n一、工作进展\n制定年度检查计划16项，将120项事项纳入清单管理。').map((f) => f[2])).toEqual([
      'result',
      'result',
    ]);
  });

  it('到2024年底 in a review states a result; 到2030年 in a plan a goal', () => {
    const review = extract('某市2025年政府工作报告\n向大会报告工作。\n一、2024年工作回顾\n到2024年底，全市5G基站达到3.2万个。');
    expect(frame(review[0] as Indicator)).toEqual(['3.2万个', '2024', 'result', 'level']);
    const plan = extract('某市2025年政府工作报告\n向大会报告工作。\n二、2025年工作安排\n到2030年，全市5G基站达到6万个。');
    expect(frame(plan[0] as Indicator)).toEqual(['6万个', '2030', 'target', 'level']);
  });

  it('是2023年的1.8倍 compares with 2023; the figure is of the year reviewed', () => {
    const found = extract('某市2025年政府工作报告\n向大会报告工作。\n一、2024年工作回顾\n市财政安排保障性住房资金86亿元，是2023年的1.8倍。');
    expect(found.map(frame)).toEqual([
      ['86亿元', '2024', 'result', 'level'],
      ['1.8倍', '2024', 'result', 'level'],
    ]);
  });

  it('全市有… in a plan states what is', () => {
    const [found] = extract('某市2025年政府工作报告\n向大会报告工作。\n二、2025年工作安排\n全市有120万名在校学生，要办好每一所学校。');
    expect(frame(found as Indicator)).toEqual(['120万名', '2025', 'result', 'level']);
  });

  it('a fragment without an outline keeps only what its sentence says', () => {
    const [a, b] = scanIndicators('预计全年增长6%左右；新增就业3万人。');
    expect([a?.status, a?.period, b?.status, b?.period]).toEqual(['estimate', null, 'result', null]);
  });
});

describe('time frame on real reports', () => {
  announceSkip();
  const read = (name: string) => readFileSync(join(SHARED as string, 'corpus', name), 'utf8').replace(/^\ufeff/, '');

  it.skipIf(!SHARED)('2018 national: five years reviewed, 2017 results, 2018 targets and plans', () => {
    const text = read('2018-guowuyuan-gzbg.txt');
    const all = extract(text);
    const at = (written: string, near?: string) => frame(figure(text, all, written, near));
    expect(at('54万亿元')).toEqual(['54万亿元', '2012', 'result', 'level']);
    expect(at('82.7万亿元')).toEqual(['82.7万亿元', '2017', 'result', 'level']);
    expect(at('7.1%', '年均增长')).toEqual(['7.1%', '2013/2017', 'result', 'average']);
    expect(at('6600万人')).toEqual(['6600万人', '2013/2017', 'result', 'cumulative']);
    expect(at('2600多万套')).toEqual(['2600多万套', '2013/2017', 'result', 'cumulative']);
    expect(at('76.7岁')).toEqual(['76.7岁', '2017', 'result', 'level']);
    expect(at('58.5%')).toEqual(['58.5%', '2017', 'result', 'level']);
    // 刚刚过去的2017年 leads its paragraph
    expect(at('6.9%', '国内生产总值增长')).toEqual(['6.9%', '2017', 'result', 'change']);
    expect(at('1351万人')).toEqual(['1351万人', '2017', 'result', 'level']);
    expect(at('6.5%', '主要预期目标')).toEqual(['6.5%', '2018', 'target', 'change']);
    expect(at('1100万人')).toEqual(['1100万人', '2018', 'target', 'level']);
    expect(at('5.5%', '城镇调查失业率')).toEqual(['5.5%', '2018', 'target', 'level']);
    expect(at('2.6%', '赤字率')).toEqual(['2.6%', '2018', 'plan', 'level']);
    expect(at('2.38万亿元')).toEqual(['2.38万亿元', '2018', 'plan', 'level']);
    expect(at('1.35万亿元')).toEqual(['1.35万亿元', '2018', 'plan', 'level']);
    expect(at('3000万吨', '钢铁')).toEqual(['3000万吨', '2018', 'plan', 'level']);
  });

  it.skipIf(!SHARED)('2016 national: 十三五 goals, 到2020年, 今后五年', () => {
    const text = read('2016-guowuyuan-gzbg.txt');
    const all = extract(text);
    const at = (written: string, near?: string) => frame(figure(text, all, written, near));
    expect(at('6.5%', '年均增长保持在')).toEqual(['6.5%', '2016/2020', 'target', 'average']);
    expect(at('60%', '常住人口城镇化率')).toEqual(['60%', '2020', 'target', 'level']);
    expect(at('23%', '今后五年')).toEqual(['23%', '2016/2020', 'target', 'change']);
    expect(at('5000万人')).toEqual(['5000万人', '2016/2020', 'target', 'cumulative']);
    expect(at('1000万人', '主要预期目标')).toEqual(['1000万人', '2016', 'target', 'level']);
    expect(at('90万亿元')).toEqual(['90万亿元', '2020', 'target', 'level']);
  });

  it.skipIf(!SHARED)('2021 national: 十三五 achievements under a heading of 十四五 goals are results', () => {
    const text = read('2021-guowuyuan-gzbg.txt');
    const all = extract(text);
    const at = (written: string, near?: string) => frame(figure(text, all, written, near));
    expect(at('70万亿元')).toEqual(['70万亿元', '2015', 'result', 'level']);
    expect(at('100万亿元')).toEqual(['100万亿元', '2020', 'result', 'level']);
    expect(at('6000万人')).toEqual(['6000万人', '2016/2020', 'result', 'cumulative']);
    expect(at('18%', '二氧化碳排放分别降低')).toEqual(['18%', '2021/2025', 'target', 'change']);
    // 十四五: a capacity to hold through the plan, by its end; then the year's own target.
    expect(at('1.3万亿斤', '粮食综合生产能力')).toEqual(['1.3万亿斤', '2025', 'target', 'level']);
    expect(at('1.3万亿斤', '粮食产量保持在')).toEqual(['1.3万亿斤', '2021', 'target', 'level']);
  });

  it.skipIf(!SHARED)('2023 national: the past year, then five years', () => {
    const text = read('2023-guowuyuan-gzbg.txt');
    const all = extract(text);
    const at = (written: string, near?: string) => frame(figure(text, all, written, near));
    expect(at('3%', '全年国内生产总值增长')).toEqual(['3%', '2022', 'result', 'change']);
    expect(at('1206万人')).toEqual(['1206万人', '2022', 'result', 'level']);
    expect(at('121万亿元')).toEqual(['121万亿元', '2022', 'result', 'level']);
    expect(at('5.2%', '五年年均')).toEqual(['5.2%', '2018/2022', 'result', 'average']);
    expect(at('60.2%')).toEqual(['60.2%', '2017', 'result', 'level']);
    expect(at('5.4万亿元')).toEqual(['5.4万亿元', '2018/2022', 'result', 'cumulative']);
    expect(at('1200万人', '主要预期目标')).toEqual(['1200万人', '2023', 'target', 'level']);
    expect(at('3.8万亿元')).toEqual(['3.8万亿元', '2023', 'plan', 'level']);
  });

  it.skipIf(!SHARED)('2025 provincial: estimates, the year reviewed, the year planned', () => {
    const nm = read('2025-neimenggu-gzbg.txt');
    const nmAll = extract(nm);
    expect(frame(figure(nm, nmAll, '6%', '预计地区生产总值增长'))).toEqual(['6%', '2024', 'estimate', 'change']);
    expect(frame(figure(nm, nmAll, '12.9亿吨'))).toEqual(['12.9亿吨', '2024', 'estimate', 'level']);
    const sx = read('2025-shanxi-gzbg.txt');
    const sxAll = extract(sx);
    expect(frame(figure(sx, sxAll, '824亿元'))[2]).toBe('result');
    const hb = read('2025-hubei-gzbg.txt');
    const hbAll = extract(hb);
    expect(frame(figure(hb, hbAll, '5.8％'))).toEqual(['5.8％', '2024', 'result', 'change']);
    expect(frame(figure(hb, hbAll, '6％', '主要预期目标'))).toEqual(['6％', '2025', 'target', 'change']);
    expect(frame(figure(hb, hbAll, '300万亩'))).toEqual(['300万亩', '2025', 'plan', 'level']);
  });

  it.skipIf(!SHARED)('2025 Xizang: unnumbered parts (2024年工作回顾, 2025年工作安排 on lines of their own)', () => {
    const xz = read('2025-xizang-gzbg.txt');
    const all = extract(xz);
    // In the review a bound says what was achieved; in the plan a figure is the year's plan.
    expect(frame(figure(xz, all, '3%', '分别控制在5%和'))).toEqual(['3%', '2024', 'result', 'change']);
    expect(frame(figure(xz, all, '5.1万人'))).toEqual(['5.1万人', '2024', 'result', 'level']);
    expect(frame(figure(xz, all, '5万人', '落实落细'))).toEqual(['5万人', '2025', 'plan', 'level']);
    expect(frame(figure(xz, all, '8%', '力争达到'))).toEqual(['8%', '2025', 'target', 'level']);
  });
});
