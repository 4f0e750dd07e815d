import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewTargets } from '../../src/review/index.js';
import { outcomeOf } from '../../src/review/outcome.js';
import { ReviewOutput, type TargetReviewResult } from '../../src/schema/review.js';
import { cli } from '../support/cli.js';
import { ROOT, SHARED, announceSkip } from '../support/paths.js';
import { loadReport } from '../diff/load.js';

/** Each target as "label target → actual: outcome", in the previous report's order. */
function lines(review: TargetReviewResult): string[] {
  return review.targets.map((t) => `${t.target.text} → ${t.actual?.text ?? '—'}: ${t.outcome}`);
}

const PREVIOUS = join(ROOT, 'fixtures/review/2024-city-gzbg.txt');
const CURRENT = join(ROOT, 'fixtures/review/2025-city-gzbg.txt');

describe('review: a pair of my own making', () => {
  const review = reviewTargets(loadReport(PREVIOUS), loadReport(CURRENT));

  it('lists every target the 2024 report set for 2024 with what the 2025 report says of it', () => {
    expect(review.year).toBe(2024);
    expect(lines(review)).toEqual([
      '6% → 5.2%: missed', // 增长6%左右, achieved 5.2%
      '5% → 6.1%: met', // 增长5%以上
      '12万人 → 12.6万人: met', // 12万人以上
      '5.5% → 5.1%: met', // 控制在5.5%以内: a ceiling
      '3% → 0.3%: met', // 价格涨幅3%左右: a ceiling
      '3% → 2.4%: missed', // 能耗下降3%: a fall to reach
      '50亿斤 → —: not-reported', // 粮食产量: the 2025 report says nothing of it
      '6.5%－7% → 7.3%: met', // a range: at least its low end
    ]);
    expect(review.summary).toEqual({ targets: 8, met: 5, missed: 2, notReported: 1, revisions: 1 });
  });

  it('lists, as information, an estimate the current report states otherwise', () => {
    expect(review.revisions.map((r) => [r.estimate.text, r.estimate.period, r.stated.text, r.stated.period])).toEqual([
      ['5.6%', '2023', '5.4%', '2023'],
    ]);
  });

  it('does not take this year\'s targets of the current report for outcomes', () => {
    for (const t of review.targets) if (t.actual) expect(['result', 'estimate']).toContain(t.actual.status);
  });
});

describe('review: met or missed', () => {
  const figure = (value: number, over: Record<string, unknown> = {}) =>
    ({ base: { value, unit: '%' }, label: '', ...over }) as Parameters<typeof outcomeOf>[0];

  it('a floor is met at or above it, a ceiling at or below it', () => {
    expect(outcomeOf(figure(5, { target: { bound: 'at-least' } }), figure(5))).toBe('met');
    expect(outcomeOf(figure(5, { target: { bound: 'at-least' } }), figure(4.9))).toBe('missed');
    expect(outcomeOf(figure(5.5, { target: { bound: 'at-most' } }), figure(5.6))).toBe('missed');
    expect(outcomeOf(figure(3, { target: { bound: 'about' }, label: '居民消费价格涨幅' }), figure(3.1))).toBe('met');
    expect(outcomeOf(figure(3, { target: { bound: 'about' }, label: '居民消费价格涨幅' }), figure(3.5))).toBe('missed');
  });

  it('a fall to reach is met by a larger fall, missed by a rise', () => {
    const down = { change: { direction: 'down', reference: null } };
    expect(outcomeOf(figure(3, down), figure(3.2, down))).toBe('met');
    expect(outcomeOf(figure(3, down), figure(1, { change: { direction: 'up', reference: null } }))).toBe('missed');
  });
});

describe('review: the CLI', () => {
  it('stylish names each outcome and both places', () => {
    const r = cli(['review', CURRENT, '--previous', PREVIOUS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2024年目标 8 项：达到 5，未达到 2，未报告 1');
    expect(r.stdout).toMatch(/未达到\s+地区生产总值增长\s+6%\(左右\)\s+原行 8\s+→\s+5\.2%\s+行 6/);
    expect(r.stdout).toMatch(/达到\s+城镇调查失业率\s+5\.5%\(≤\)\s+原行 8\s+→\s+5\.1%\s+行 6/);
    expect(r.stdout).toMatch(/未报告\s+粮食产量\s+50亿斤\(以上\)\s+原行 8\s+→\s+—/);
    expect(r.stdout).toContain('预计数与本报告所述不同（1，供参考）');
  });

  it('json validates against its schema; markdown is a table', () => {
    const json = cli(['review', CURRENT, '--previous', PREVIOUS, '--format', 'json']);
    const output = ReviewOutput.parse(JSON.parse(json.stdout));
    expect(output).toMatchObject({ command: 'review', review: { year: 2024 } });
    const md = cli(['review', CURRENT, '--previous', PREVIOUS, '-f', 'markdown']);
    expect(md.stdout).toContain('| 结果 | 指标 | 目标 | 原行 | 实际 | 行 |');
    expect(md.stdout).toContain('| 未达到 | 单位地区生产总值能耗下降 | 3% | 8 | 2.4% | 6 |');
  });

  it('without --previous it says what is missing', () => {
    const r = cli(['review', CURRENT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--previous');
  });
});

describe('review: the 2022 and 2023 national reports', () => {
  announceSkip();

  it.skipIf(!SHARED)('every target the 2022 report set, with what the 2023 report says of it', () => {
    const corpus = (name: string) => loadReport(join(SHARED as string, 'corpus', name));
    const review = reviewTargets(corpus('2022-guowuyuan-gzbg.txt'), corpus('2023-guowuyuan-gzbg.txt'));
    expect(review.year).toBe(2022);
    // Checked by hand: 2022 预期目标 (and the deficit line), and 2023's 过去一年 paragraph.
    expect(lines(review)).toEqual([
      '5.5% → 3%: missed', // 国内生产总值增长5.5%左右 → 全年国内生产总值增长3%
      '1100万人 → 1206万人: met', // 城镇新增就业1100万人以上 → 1206万人
      '5.5% → 5.5%: met', // 城镇调查失业率全年控制在5.5%以内 → 年末城镇调查失业率降到5.5%
      '3% → 2%: met', // 居民消费价格涨幅3%左右 → 居民消费价格上涨2%
      '1.3万亿斤 → 1.37万亿斤: met', // 粮食产量保持在1.3万亿斤以上 → 粮食产量1.37万亿斤
      '2.8% → 2.8%: met', // 赤字率拟按2.8%左右安排 → 财政赤字率控制在2.8%
    ]);
  });
});
