import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReports, type IndicatorPair, type ReportDiff } from '../../src/diff/index.js';
import { ROOT, SHARED, announceSkip } from '../support/paths.js';
import { loadReport } from './load.js';

/** Every aligned pair as "old → new", the figures as written. */
function pairsOf(diff: ReportDiff): IndicatorPair[] {
  return [...diff.indicators.changed, ...diff.indicators.unchanged];
}

const written = (p: IndicatorPair) => `${p.old.text} → ${p.new.text}`;

describe('diff by time frame: a pair of my own making', () => {
  const old = loadReport(join(ROOT, 'fixtures/timeframe/2024-province-gzbg.txt'));
  const neu = loadReport(join(ROOT, 'fixtures/timeframe/2025-province-gzbg.txt'));
  const diff = diffReports(old, neu);
  const pairs = pairsOf(diff);

  it('says which year each report reviews', () => {
    expect(diff.old).toMatchObject({ year: 2024, reviewed: 2023 });
    expect(diff.new).toMatchObject({ year: 2025, reviewed: 2024 });
  });

  it('aligns every figure with the one of the same status, aggregate and period a year on', () => {
    const frames = pairs.map((p) => [written(p), `${p.old.status}/${p.old.aggregate}`, p.old.period, p.new.period]);
    expect(frames).toEqual(
      expect.arrayContaining([
        ['5.1% → 5.3%', 'estimate/change', '2023', '2024'],
        ['2.8万亿元 → 3万亿元', 'estimate/level', '2023', '2024'],
        ['62万人 → 65万人', 'result/level', '2023', '2024'],
        ['3.6% → 4.1%', 'estimate/change', '2023', '2024'],
        ['5.8% → 6.2%', 'result/change', '2023', '2024'],
        ['4.2% → 3.9%', 'result/change', '2023-01/2023-06', '2024-01/2024-06'],
        ['3.9% → 4.4%', 'result/change', '2023-01/2023-11', '2024-01/2024-11'],
        ['5.9% → 5.6%', 'result/average', '2019/2023', '2020/2024'],
        ['305万人 → 320万人', 'result/cumulative', '2019/2023', '2020/2024'],
        ['57.2% → 58.1%', 'result/level', '2018', '2019'],
        ['62.5% → 63.4%', 'result/level', '2023', '2024'],
        ['1.8万公里 → 2.1万公里', 'result/cumulative', '2019/2023', '2020/2024'],
        ['78.9岁 → 79.2岁', 'result/level', '2023', '2024'],
        ['12.1% → 13.5%', 'result/change', '2019/2023', '2020/2024'],
        ['5.5% → 5.5%', 'target/change', '2024', '2025'],
        ['58万人 → 60万人', 'target/level', '2024', '2025'],
        ['3% → 2%', 'target/change', '2024', '2025'],
        ['1100亿元 → 1200亿元', 'plan/level', '2024', '2025'],
        ['2.5万套 → 3万套', 'plan/level', '2024', '2025'],
        ['1.8万个 → 2万个', 'plan/level', '2024', '2025'],
        ['585亿斤 → 590亿斤', 'result/level', '2023', '2024'],
        // A goal for 2027, restated a year on, is the same goal.
        ['11% → 12%', 'target/level', '2027', '2027'],
        ['280万人 → 300万人', 'target/cumulative', '2024/2028', '2025/2029'],
      ]),
    );
    expect(pairs).toHaveLength(23);
  });

  it('never pairs figures of different time frames', () => {
    for (const p of pairs) {
      expect([p.old.status, p.old.aggregate], written(p)).toEqual([p.new.status, p.new.aggregate]);
    }
  });
});

describe('diff by time frame: the 2016 and 2018 national reports', () => {
  announceSkip();
  const load = (name: string) => loadReport(join(SHARED as string, 'corpus', name));

  it.skipIf(!SHARED)('aligns the budget, GDP, jobs, prices, deficit and targets, and not a year with five years', () => {
    const diff = diffReports(load('2016-guowuyuan-gzbg.txt'), load('2018-guowuyuan-gzbg.txt'));
    expect(diff.old).toMatchObject({ year: 2016, reviewed: 2015 });
    expect(diff.new).toMatchObject({ year: 2018, reviewed: 2017 });
    const pairs = pairsOf(diff).map(written);
    // Checked by hand against both texts: each is the same measure, a report apart.
    const mustAlign = [
      // 2015 ↔ 2017 results
      '67.7万亿元 → 82.7万亿元', // 国内生产总值
      '6.9% → 6.9%', // 国内生产总值增长
      '1312万人 → 1351万人', // 城镇新增就业
      '1263亿美元 → 1363亿美元', // 实际使用外资
      '60% → 三分之二', // 高速铁路占世界
      // 十二五 ↔ the five years 2013–2017
      '7.8% → 7.1%', // 国内生产总值年均增长
      '6400万人 → 6600万人', // 城镇新增就业, five years
      '1亿多 → 6800多万', // 农村贫困人口减少
      '18.2% → 20%', // 单位国内生产总值能耗下降
      // 2016 ↔ 2018 targets
      '6.5%－7% → 6.5%', // 国内生产总值增长
      '3% → 3%', // 居民消费价格涨幅
      '1000万人 → 1100万人', // 城镇新增就业
      '4.5% → 4.5%', // 城镇登记失业率
      '3.4% → 3%', // 单位国内生产总值能耗下降
      // 2016 ↔ 2018 budget and plans
      '3% → 2.6%', // 赤字率
      '2.18万亿元 → 2.38万亿元', // 财政赤字
      '1.4万亿元 → 1.55万亿元', // 中央财政赤字
      '7800亿元 → 8300亿元', // 地方财政赤字
      '4000亿元 → 1.35万亿元', // 地方专项债券
      '5000亿元 → 5376亿元', // 中央预算内投资
      '3% → 3%', // 二氧化硫、氮氧化物排放量下降
      '2% → 2%', // 化学需氧量、氨氮排放量下降
      '2000万亩 → 2000万亩', // 高效节水灌溉面积
      '20万公里 → 20万公里', // 新建改建农村公路
      '765万人 → 820多万人', // 高校毕业生
    ];
    expect(mustAlign.length).toBeGreaterThanOrEqual(25);
    const remaining = [...pairs];
    for (const pair of mustAlign) {
      const i = remaining.indexOf(pair);
      expect(i, pair).toBeGreaterThanOrEqual(0);
      remaining.splice(i, 1);
    }
    // A year's figure is not a five-year total, a 2020 goal not an actual, a deficit's increase
    // not a spending figure.
    const mustNot = ['601万套 → 2600多万套', '432万户 → 1700多万户', '60% → 58.5%', '5600亿元 → 21万亿元', '5600亿元 → 10.9%'];
    for (const pair of mustNot) expect(pairs, pair).not.toContain(pair);
    const deficitRise = pairsOf(diff).find((p) => p.old.text === '5600亿元');
    if (deficitRise) expect(deficitRise.new.label).toContain('赤字');
  });
});
