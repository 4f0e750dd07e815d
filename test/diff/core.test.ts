import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/diff/index.js';
import { ReportDiff } from '../../src/schema/diff.js';
import { report } from './hand.js';

const OLD = `某区2024年法治政府建设年度报告
一、工作进展情况
（一）健全行政复议体制机制
[admin_reconsideration.accepted]依法受理90件，审结70件，纠错率7.1%。
（二）加强法律援助
受理法律援助案件699件，接待群众咨询4900余人。
（三）深化普法宣传
开展宣讲活动100次，投入经费1.2亿元。
二、存在的问题
`;

describe('diffReports on hand-built indicators', () => {
  it('a report against itself: everything aligned, nothing changed', () => {
    const r = report(OLD);
    const d = diffReports(r, r);
    expect(ReportDiff.parse(d)).toBeTruthy();
    expect(d.indicators.changed).toEqual([]);
    expect(d.indicators.added).toEqual([]);
    expect(d.indicators.removed).toEqual([]);
    expect(d.indicators.unchanged).toHaveLength(r.indicators.length);
    expect(d.indicators.unchanged.every((p) => !p.moved && !p.labelChanged)).toBe(true);
    expect(d.sections).toEqual({ renamed: [], added: [], removed: [] });
    expect(d.summary.indicators).toMatchObject({ aligned: 7, byKey: 1, byLabel: 6, oldShare: 1, newShare: 1 });
  });

  it('compares normalised values: 1.2亿元 is 12000万元, 4900余人 is 4900人', () => {
    const neu = OLD.replace('1.2亿元', '12000万元').replace('4900余人', '4900人');
    const d = diffReports(report(OLD), report(neu));
    expect(d.indicators.changed).toEqual([]);
    expect(d.summary.indicators.aligned).toBe(7);
  });

  it('reports a changed value with absolute and relative change in the base unit', () => {
    const neu = OLD.replace('1.2亿元', '9000万元').replace('审结70件', '审结77件');
    const d = diffReports(report(OLD), report(neu));
    const byLabel = Object.fromEntries(d.indicators.changed.map((p) => [p.new.label, p.change]));
    expect(byLabel['审结']).toEqual({ absolute: 7, relative: 0.1, unit: '件' });
    expect(byLabel['投入经费']).toEqual({ absolute: -3e7, relative: -0.25, unit: '元' });
    expect(d.indicators.changed).toHaveLength(2);
  });

  it('aligns a reworded label and says so', () => {
    const neu = OLD.replace('[admin_reconsideration.accepted]依法受理90件', '共受理90件');
    const d = diffReports(report(OLD), report(neu));
    const pair = d.indicators.unchanged.find((p) => p.new.label === '共受理');
    expect(pair).toMatchObject({ alignedBy: 'label', labelChanged: true, moved: false });
    expect(pair?.old.label).toBe('依法受理');
    expect(d.indicators.added).toEqual([]);
  });

  it('aligns by catalogue key whatever the label says', () => {
    const old = report(OLD);
    const neu = report(OLD.replace('[admin_reconsideration.accepted]依法受理90件', '[admin_reconsideration.accepted]收到复议申请95件'));
    const d = diffReports(old, neu);
    const pair = d.indicators.changed.find((p) => p.alignedBy === 'key');
    expect(pair?.old.text).toBe('90件');
    expect(pair?.new.text).toBe('95件');
  });

  it('a moved indicator is aligned and marked moved; a renamed heading is paired', () => {
    const neu = OLD.replace('投入经费1.2亿元', '')
      .replace('开展宣讲活动100次，。', '开展宣讲活动100次。')
      .replace('接待群众咨询4900余人。', '接待群众咨询4900余人，投入经费1.2亿元。')
      .replace('（三）深化普法宣传', '（三）深化普法宣传教育');
    const d = diffReports(report(OLD), report(neu));
    const moved = d.indicators.unchanged.filter((p) => p.moved);
    expect(moved.map((p) => p.new.label)).toEqual(['投入经费']);
    expect(d.sections.renamed.map((s) => [s.old.title, s.new.title])).toEqual([['深化普法宣传', '深化普法宣传教育']]);
    expect(d.indicators.added).toEqual([]);
    expect(d.indicators.removed).toEqual([]);
  });

  it('keeps unrelated indicators apart: a different count in the same section is added and removed', () => {
    const neu = OLD.replace('开展宣讲活动100次', '新建法治公园3次');
    const d = diffReports(report(OLD), report(neu));
    expect(d.indicators.removed.map((x) => x.label)).toEqual(['开展宣讲活动']);
    expect(d.indicators.added.map((x) => x.label)).toEqual(['新建法治公园']);
  });

  it('never pairs different unit kinds, and never two different keys', () => {
    const neu = OLD.replace('纠错率7.1%', '纠错率7件').replace('[admin_reconsideration.accepted]', '[admin_litigation.cases]');
    const d = diffReports(report(OLD), report(neu));
    expect(d.indicators.removed.map((x) => x.text).sort()).toEqual(['7.1%', '90件']);
    expect(d.indicators.added.map((x) => x.text).sort()).toEqual(['7件', '90件']);
  });

  it('dropped and added sections', () => {
    const neu = OLD.replace(/（二）加强法律援助\n[^\n]*\n/, '').replace('二、存在的问题', '（三）推进智慧司法建设\n二、存在的问题');
    const d = diffReports(report(OLD), report(neu));
    expect(d.sections.removed.map((s) => s.title)).toEqual(['加强法律援助']);
    expect(d.sections.added.map((s) => s.title)).toEqual(['推进智慧司法建设']);
    expect(d.summary.sections).toMatchObject({ old: 5, new: 5, aligned: 4, added: 1, removed: 1, renamed: 0 });
  });

  it('minChange hides small changes but counts them as aligned', () => {
    const neu = OLD.replace('审结70件', '审结71件').replace('699件', '999件');
    const d = diffReports(report(OLD), report(neu), { minChange: 5 });
    expect(d.indicators.changed.map((p) => p.new.text)).toEqual(['999件']);
    expect(d.summary.indicators).toMatchObject({ aligned: 7, changed: 1, hidden: 1 });
    expect(d.minChange).toBe(5);
  });

  it('two reports with nothing in common align nothing', () => {
    const other = report('一、经济运行\n国内生产总值增长6.9%，进出口总额27.8亿元。\n');
    const d = diffReports(report(OLD), other);
    expect(d.summary.indicators).toMatchObject({ aligned: 0, oldShare: 0, newShare: 0 });
    expect(d.summary.sections.aligned).toBe(0);
  });

  it('empty reports diff to nothing', () => {
    const d = diffReports(report(''), report(''));
    expect(d.summary.indicators.aligned).toBe(0);
    expect(ReportDiff.parse(d)).toBeTruthy();
  });
});
