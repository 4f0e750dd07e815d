import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReports, type IndicatorPair } from '../../src/diff/index.js';
import { ReportDiff } from '../../src/schema/diff.js';
import { announceSkip, ROOT, SHARED } from '../support/paths.js';
import { loadReport } from './load.js';

announceSkip();
const corpus = (name: string) => join(SHARED ?? '', 'corpus', name);

describe.skipIf(!SHARED)('a real pair: 政府工作报告 2016 → 2018', () => {
  const d = SHARED ? diffReports(loadReport(corpus('2016-guowuyuan-gzbg.txt')), loadReport(corpus('2018-guowuyuan-gzbg.txt'))) : null;
  const byKey = (key: string): IndicatorPair[] =>
    [...(d?.indicators.changed ?? []), ...(d?.indicators.unchanged ?? [])].filter((p) => p.alignedBy === 'key' && p.new.key === key);
  const values = (key: string) => byKey(key).map((p) => [p.old.text, p.new.text]);

  it('runs and matches the schema', () => {
    expect(() => ReportDiff.parse(d)).not.toThrow();
  });

  // Checked by hand against the two texts.
  it('GDP growth: 6.9% in 2015 and 6.9% in 2017, unchanged', () => {
    expect(values('gdp.growth')).toEqual([['6.9%', '6.9%']]);
  });

  it('the year targets pair with each other: GDP 6.5%－7% → 6.5%, CPI 3% → 3%, new urban jobs 1000万 → 1100万', () => {
    expect(values('gdp.growth.target')).toEqual([['6.5%－7%', '6.5%']]);
    expect(values('cpi.target')).toEqual([['3%', '3%']]);
    expect(values('employment.urban_new.target')).toEqual([['1000万人', '1100万人']]);
  });

  it('new urban jobs 1312万 → 1351万; fiscal deficit 2.18万亿 → 2.38万亿 (+9.2%)', () => {
    expect(values('employment.urban_new')).toEqual([['1312万人', '1351万人']]);
    const deficit = byKey('fiscal.deficit.target')[0];
    expect([deficit?.old.text, deficit?.new.text]).toEqual(['2.18万亿元', '2.38万亿元']);
    expect(deficit?.change?.absolute).toBeCloseTo(2e11);
    expect(deficit?.change?.relative).toBeCloseTo(0.0917, 3);
  });

  it('says how much aligned: a minority of each, by key and by label', () => {
    const s = d!.summary.indicators;
    expect(s.byKey).toBeGreaterThanOrEqual(8);
    expect(s.byLabel).toBeGreaterThan(0);
    expect(s.oldShare).toBeGreaterThan(0.1);
    expect(s.oldShare).toBeLessThan(0.6);
  });
});

describe.skipIf(!SHARED)('unrelated reports: the 城中区 法治政府 report against the 2018 政府工作报告', () => {
  it('runs and says how little aligned', () => {
    const d = diffReports(loadReport(join(ROOT, 'fixtures/2025-chengzhong-fazhi.txt')), loadReport(corpus('2018-guowuyuan-gzbg.txt')));
    expect(() => ReportDiff.parse(d)).not.toThrow();
    expect(d.summary.indicators.oldShare).toBeLessThan(0.1);
    expect(d.summary.indicators.newShare).toBeLessThan(0.1);
    expect(d.summary.sections.aligned).toBeLessThanOrEqual(1);
  });
});
