import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DiffOutput } from '../../src/schema/diff.js';
import { cli } from '../support/cli.js';
import { ROOT, SEED } from '../support/paths.js';

const OLD = join(ROOT, 'fixtures/diff/2024-chengzhong-fazhi.txt');
const NEW = SEED;
const tmp = () => mkdtempSync(join(tmpdir(), 'report-lint-diff-'));

describe('report-lint diff', () => {
  it('stylish: the table of changes by section, added and removed, section changes, alignment; exit 0', () => {
    const r = cli(['diff', OLD, NEW]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toContain('指标变化（10）');
    expect(r.stdout).toMatch(/指标\s+原值\s+新值\s+变化\s+变化率/);
    // A bare verb gets the catalogue's name beside it: the table has lost the sentence around it.
    expect(r.stdout).toMatch(/审结（行政复议案件审结数）\s+62件\s+70件\s+\+8件\s+\+12\.9%/);
    expect(r.stdout).toMatch(/胜诉率\s+80%\s+75%\s+-5个百分点\s+-6\.3%/);
    expect(r.stdout).toContain('新增指标（1）');
    expect(r.stdout).toContain('删除指标（2）');
    expect(r.stdout).toContain('改名  (五)健全权力监督体系,促进权力规范运行 → (六)健全制约监督体系,促进权力规范运行');
    expect(r.stdout).toContain('指标对齐 60 对');
  });

  it('stylish: sections in the order of the new report, larger changes first within one', () => {
    const lines = cli(['diff', OLD, NEW]).stdout.split('\n');
    const at = (s: string) => lines.findIndex((l) => l.includes(s));
    expect(at('(一)提高政府履职能力')).toBeLessThan(at('(三)深化重点领域改革'));
    expect(at('办理行刑反向衔接案件')).toBeLessThan(at('审结（'));
    expect(at('审结（')).toBeLessThan(at('胜诉率'));
  });

  it('stylish: columns line up, CJK characters counted as two columns', () => {
    // A row ends with its line and the time frame of both sides (2024年实绩 → 2025年实绩).
    const rows = cli(['diff', OLD, NEW]).stdout.split('\n').filter((l) => /^ {4}\S.*%\s+\d+ {2}\d{4}年\S+ → \d{4}年\S+$/.test(l));
    expect(rows.length).toBe(10);
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
    // The 变化率 column ends at the same display column on every row, and so does the 行 column.
    const ends = rows.map((l) => width(l.replace(/\s+\d+ {2}\d{4}年.*$/, '')));
    expect(new Set(ends).size).toBe(1);
    const lineEnds = rows.map((l) => width(l.replace(/ {2}\d{4}年.*$/, '')));
    expect(new Set(lineEnds).size).toBe(1);
  });

  it('json validates against the schema, and the schema converts to JSON Schema', () => {
    const r = cli(['diff', OLD, NEW, '--format', 'json']);
    expect(r.code).toBe(0);
    const output = DiffOutput.parse(JSON.parse(r.stdout));
    expect(output).toMatchObject({ schemaVersion: 1, tool: 'report-lint', command: 'diff' });
    expect(output.diff.indicators.changed).toHaveLength(10);
    expect(output.old.file).toBe(OLD);
    const schema = z.toJSONSchema(DiffOutput, { target: 'draft-2020-12', unrepresentable: 'any' });
    expect(schema.properties).toHaveProperty('diff');
  });

  it('markdown: tables that paste into a review', () => {
    const r = cli(['diff', OLD, NEW, '-f', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## 报告对比/);
    expect(r.stdout).toContain('| 章节 | 指标 | 原值 | 新值 | 变化 | 变化率 | 行 |');
    expect(r.stdout).toContain('|---|---|---:|---:|---:|---:|---:|');
    expect(r.stdout).toContain('| (三)深化重点领域改革,实质化解行政争议 | 审结（行政复议案件审结数） | 62件 | 70件 | +8件 | +12.9% | 5 |');
    expect(r.stdout).toContain('| 改名 | (五)健全权力监督体系,促进权力规范运行 | (六)健全制约监督体系,促进权力规范运行 |');
  });

  it('--min-change hides small changes and says how many', () => {
    const r = cli(['diff', OLD, NEW, '--min-change', '15']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('指标变化（5）');
    expect(r.stdout).not.toContain('调处成功纠纷');
    expect(r.stdout).toContain('另有 5 项变化小于 15%，未列出');
    const json = DiffOutput.parse(JSON.parse(cli(['diff', OLD, NEW, '--min-change', '15%', '-f', 'json']).stdout));
    expect(json.diff.minChange).toBe(15);
    expect(json.diff.indicators.changed.every((p) => Math.abs(p.change?.relative ?? 1) >= 0.15)).toBe(true);
    expect(json.diff.summary.indicators.hidden).toBe(5);
  });

  it('a report against itself: exit 0, no change', () => {
    const r = cli(['diff', NEW, NEW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('指标变化（0）');
    expect(r.stdout).toContain('没有指标的数值变了');
    expect(r.stdout).not.toContain('新增指标');
  });

  it('reads one of the two from standard input', () => {
    const r = cli(['diff', OLD, '-', '-f', 'json'], { input: readFileSync(NEW) });
    expect(r.code).toBe(0);
    const output = DiffOutput.parse(JSON.parse(r.stdout));
    expect(output.new.file).toBe('<stdin>');
    expect(output.diff.indicators.changed).toHaveLength(10);
  });

  it('unrelated reports: runs, and says how little aligned', () => {
    const dir = tmp();
    const other = join(dir, 'other.txt');
    writeFileSync(other, '某市2018年政府工作报告\n一、过去一年工作回顾\n地区生产总值增长6.9%，一般公共预算收入增长7.4%，城镇新增就业1351万人。\n');
    const r = cli(['diff', other, NEW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('指标对齐 0 对');
    expect(r.stdout).toContain('两份报告对得上的指标很少');
  });
});

describe('report-lint diff: bad input, one line, exit 2', () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it('a missing file', () => {
    const r = cli(['diff', 'no-such.txt', NEW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: no-such.txt: 找不到该文件或目录\n');
    expect(r.stdout).toBe('');
  });

  it('a directory', () => {
    const r = cli(['diff', OLD, join(ROOT, 'fixtures')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`report-lint: ${join(ROOT, 'fixtures')}: 这是目录；diff 比较的是两个报告文件\n`);
  });

  it('standard input for both', () => {
    const r = cli(['diff', '-', '-'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: <stdin>: 标准输入只能是两份报告中的一份\n');
  });

  it('a binary file', () => {
    const file = join(tmp(), 'x.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const r = cli(['diff', file, NEW]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(new RegExp(`^report-lint: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  });

  it('a missing argument or a bad --min-change is a usage error', () => {
    expect(cli(['diff', OLD]).code).toBe(2);
    const r = cli(['diff', OLD, NEW, '--min-change', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-change');
  });
});
