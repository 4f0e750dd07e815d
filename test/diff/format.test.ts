import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/diff/index.js';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { formatDelta, formatNumber, formatRelative, nameOf, summaryLines } from '../../src/format/diff-rows.js';
import { formatDiffMarkdown } from '../../src/format/diff-markdown.js';
import { formatDiffStylish } from '../../src/format/diff-stylish.js';
import { colorStyle, plainStyle } from '../../src/format/style.js';
import type { DiffOutput } from '../../src/schema/diff.js';
import { report } from './hand.js';

const OLD = '一、工作情况\n投入经费1.2亿元，受理案件90件，纠错率7.1%，新建站点0件。\n';
const NEW = '一、工作情况\n投入经费9000万元，受理案件99件，纠错率8.6%，新建站点4件。\n';

function output(old: string, neu: string): DiffOutput {
  const source = (file: string) => ({ file, encoding: 'utf-8' as const, format: 'text' as const });
  return { schemaVersion: 1, tool: 'report-lint', command: 'diff', old: source('a|b.txt'), new: source('new.txt'), diff: diffReports(report(old), report(neu)) };
}

describe('diff formatting', () => {
  const out = output(OLD, NEW);
  const pair = (label: string) => out.diff.indicators.changed.find((p) => p.new.label === label)!;

  it('numbers without float noise', () => {
    expect(formatNumber(2.38e12 / 1e12 - 2.18e12 / 1e12)).toBe('0.2');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(-0.123456)).toBe('-0.1235');
  });

  it('a count written with 万 outside its unit changes in 万 too, as the new report writes it', () => {
    // With the real extractor, which reads 10万余次 as the value 100000 in 次.
    const real = (text: string) => ({ text, outline: parseOutline(text), indicators: extractIndicators(text, parseOutline(text)) });
    const counts = (a: string, b: string) =>
      diffReports(real(`一、工作情况\n全年开展普法宣传活动${a}。\n`), real(`一、工作情况\n全年开展普法宣传活动${b}。\n`)).indicators.changed[0]!;
    expect(formatDelta(counts('8万余次', '10万余次'))).toBe('+2万次');
    expect(formatDelta(counts('10万余次', '8.5万余次'))).toBe('-1.5万次');
    expect(formatDelta(counts('3亿人次', '3.2亿人次'))).toBe('+0.2亿人次');
    // Written out in the new report: the change is written out too.
    expect(formatDelta(counts('8万余次', '100000余次'))).toBe('+20000次');
  });

  it('a money change in the unit the new report writes; a rate change in percentage points', () => {
    expect(formatDelta(pair('投入经费'))).toBe('-3000万元');
    expect(formatRelative(pair('投入经费'))).toBe('-25.0%');
    expect(formatDelta(pair('纠错率'))).toBe('+1.5个百分点');
    expect(formatDelta(pair('受理案件'))).toBe('+9件');
    expect(formatRelative(pair('受理案件'))).toBe('+10.0%');
  });

  it('a change from 0 has no relative size and comes first', () => {
    expect(formatRelative(pair('新建站点'))).toBe('新增自0');
    const table = formatDiffStylish(out, plainStyle).split('\n');
    const first = table.findIndex((l) => l.includes('新建站点'));
    expect(first).toBeLessThan(table.findIndex((l) => l.includes('投入经费')));
  });

  it('markdown escapes a pipe inside a table cell', () => {
    const md = formatDiffMarkdown(output(OLD.replace('工作情况', '工作|情况'), NEW.replace('工作情况', '工作|情况')));
    expect(md).toContain('| 一、工作\\|情况 | 新建站点 |');
  });

  it('stylish in colour: rises green, falls red', async () => {
    const text = formatDiffStylish(out, await colorStyle());
    expect(text).toContain('\x1b[32m');
    expect(text).toContain('\x1b[31m');
  });

  it('says plainly when there is nothing to compare, or little aligned', () => {
    const none = diffReports(report('一、工作情况\n没有数字。\n'), report('一、工作情况\n没有数字。\n'));
    expect(summaryLines(none.summary, null).at(-1)).toBe('两份报告都没有提取到指标，无从比较');
    const apart = diffReports(report(OLD), report('一、经济运行\n国内生产总值增长6.9%。\n'));
    expect(summaryLines(apart.summary, null).at(-1)).toContain('对得上的指标很少');
    expect(summaryLines(out.diff.summary, null).join('\n')).not.toContain('很少');
  });
});

describe('nameOf', () => {
  const x = (label: string, key?: string) => ({ label, ...(key ? { key } : {}) }) as Parameters<typeof nameOf>[0];
  it('is the label as the report words it', () => {
    expect(nameOf(x('依法受理行政复议案件', 'admin_reconsideration.accepted'))).toBe('依法受理行政复议案件');
    expect(nameOf(x('胜诉率', 'admin_litigation.win_rate'))).toBe('胜诉率');
  });
  it('adds the catalogue name to a bare verb, whose object the table no longer shows', () => {
    expect(nameOf(x('审结', 'admin_reconsideration.concluded'))).toBe('审结（行政复议案件审结数）');
    expect(nameOf(x('审结'))).toBe('审结');
  });
  it('falls back to the catalogue name, then the key', () => {
    expect(nameOf(x('', 'admin_reconsideration.concluded'))).toBe('行政复议案件审结数');
    expect(nameOf(x('', 'no.such.key'))).toBe('no.such.key');
    expect(nameOf(x(''))).toBe('（无标签）');
  });
});


describe('a diff with hundreds of thousands of rows', () => {
  it('lists them without spreading them into a call (Math.max(...rows) overflowed the stack)', () => {
    const out = output(OLD, '一、工作情况\n');
    const removed = out.diff.indicators.removed[0]!;
    out.diff.indicators.removed = Array.from({ length: 300_000 }, () => removed);
    expect(formatDiffStylish(out, plainStyle).split('\n').length).toBeGreaterThan(300_000);
  }, 60_000);
});
