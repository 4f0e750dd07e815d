import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_EXTENSIONS } from '../../src/read/collect.js';
import { cli } from '../support/cli.js';
import { ROOT, SEED } from '../support/paths.js';

const OLD = join(ROOT, 'fixtures/diff/2024-chengzhong-fazhi.txt');
const PREVIOUS = join(ROOT, 'fixtures/review/2024-city-gzbg.txt');
const CURRENT = join(ROOT, 'fixtures/review/2025-city-gzbg.txt');
const CJK = /[\u4e00-\u9fff]/;

/** The lines of an output that are report-lint's own words: no Chinese in them in English. */
const ownLines = (out: string, own: RegExp) => out.split('\n').filter((l) => own.test(l));

describe('every command says what went wrong in the run’s language: Chinese by default, English with --lang en', () => {
  it.each([
    ['lint', ['missing.txt']],
    ['outline', ['outline', 'missing.txt']],
    ['extract', ['extract', 'missing.txt']],
    ['diff', ['diff', 'missing.txt', SEED]],
    ['review', ['review', SEED, '--previous', 'missing.txt']],
  ])('%s', (_, args) => {
    expect(cli(args)).toEqual({ code: 2, stdout: expect.any(String), stderr: 'report-lint: missing.txt: 找不到该文件或目录\n' });
    expect(cli([...args, '--lang', 'en']).stderr).toBe('report-lint: missing.txt: no such file or directory\n');
  });

  it('a directory without reports, a binary file, a refused fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-lang-'));
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 0, 0, 3]));
    expect(cli(['outline', join(dir, 'bin.txt')]).stderr).toBe(`report-lint: ${join(dir, 'bin.txt')}: 二进制文件（含 NUL 字节），不是文本报告\n`);
    expect(cli(['outline', join(dir, 'bin.txt'), '--lang', 'en']).stderr).toBe(`report-lint: ${join(dir, 'bin.txt')}: binary file (contains NUL bytes), not a text report\n`);
    const empty = mkdtempSync(join(tmpdir(), 'report-lint-lang-'));
    const extensions = REPORT_EXTENSIONS.join(' ');
    expect(cli(['extract', empty]).stderr).toBe(`report-lint: ${empty}: 目录中没有报告（查找的是 ${extensions} 文件）\n`);
    expect(cli(['extract', empty, '--lang', 'en']).stderr).toBe(`report-lint: ${empty}: no reports in this directory (looked for ${extensions})\n`);
    expect(cli(['--fix', '-', '--lang', 'en'], { input: '强化监督,压实责任。' }).stderr).toBe('report-lint: <stdin>: --fix cannot write to standard input (use --fix-dry-run)\n');
    expect(cli(['diff', '-', '-', '--lang', 'en']).stderr).toBe('report-lint: <stdin>: standard input can be only one of the two reports\n');
    expect(cli(['diff', '-', '-']).stderr).toBe('report-lint: <stdin>: 标准输入只能是两份报告中的一份\n');
  });

  it('a config file’s lang holds where --lang is not given, for every command; --lang wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-lang-'));
    writeFileSync(join(dir, 'report-lint.config.json'), '{ "lang": "en" }');
    for (const args of [['missing.txt'], ['outline', 'missing.txt'], ['extract', 'missing.txt'], ['diff', 'missing.txt', SEED], ['review', SEED, '--previous', 'missing.txt']]) {
      expect(cli(args, { cwd: dir }).stderr, args.join(' ')).toBe('report-lint: missing.txt: no such file or directory\n');
      expect(cli([...args, '--lang', 'zh'], { cwd: dir }).stderr, args.join(' ')).toBe('report-lint: missing.txt: 找不到该文件或目录\n');
    }
  });

  it('a config that cannot be used is said in the language of --lang, else Chinese', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-lang-'));
    writeFileSync(join(dir, 'report-lint.config.json'), '{ "rules": { "no-such-rule": "off" } }');
    writeFileSync(join(dir, 'a.txt'), '一、甲\n');
    const config = join(dir, 'report-lint.config.json');
    expect(cli(['a.txt'], { cwd: dir }).stderr).toBe(`report-lint: ${config}: 未知规则“no-such-rule”（report-lint rules 列出全部规则）\n`);
    expect(cli(['a.txt', '--lang', 'en'], { cwd: dir }).stderr).toBe(`report-lint: ${config}: unknown rule “no-such-rule” (report-lint rules lists them)\n`);
  });
});

describe('the words of each output in the run’s language', () => {
  it('diff stylish and markdown', () => {
    const zh = cli(['diff', OLD, SEED]).stdout;
    expect(zh).toContain('指标变化（10）');
    expect(zh).toMatch(/指标\s+原值\s+新值\s+变化\s+变化率\s+行\s+口径/);
    const en = cli(['diff', OLD, SEED, '--lang', 'en']).stdout;
    expect(en).toMatch(/\(2024\) → .*\(2025\)\n/);
    expect(en).toContain('Changed indicators (10)');
    expect(en).toMatch(/indicator\s+old\s+new\s+change\s+change %\s+line\s+time frame/);
    expect(en).toMatch(/胜诉率\s+80%\s+75%\s+-5 pp\s+-6\.3%\s+\d+\s+2024 result → 2025 result/);
    expect(en).toContain('Added indicators (1)');
    expect(en).toContain('Removed indicators (2)');
    expect(en).toMatch(/ {2}renamed {2}\(五\)/);
    expect(en).toMatch(/^Alignment\n {2}60 indicator pairs aligned/m);
    for (const line of ownLines(en, /^(?:[A-Z]| {2}\d+ )/)) expect(line, line).not.toMatch(CJK);

    const md = cli(['diff', OLD, SEED, '--format', 'markdown', '--lang', 'en']).stdout;
    expect(md).toMatch(/^## Report comparison: `/);
    expect(md).toContain('### Changed indicators (10)');
    expect(md).toContain('| section | indicator | old | new | change | change % | line | time frame |');
    expect(md).toContain('| renamed | (五)');
    expect(cli(['diff', OLD, SEED, '--format', 'markdown']).stdout).toContain('| 章节 | 指标 | 原值 | 新值 | 变化 | 变化率 | 行 | 口径 |');
  });

  it('diff json is the same in both languages: field names, no words', () => {
    expect(cli(['diff', OLD, SEED, '--format', 'json', '--lang', 'en']).stdout).toBe(cli(['diff', OLD, SEED, '--format', 'json']).stdout);
  });

  it('review stylish and markdown', () => {
    const zh = cli(['review', CURRENT, '--previous', PREVIOUS]).stdout;
    expect(zh).toContain('2024年目标 8 项：达到 5，未达到 2，未报告 1');
    const en = cli(['review', CURRENT, '--previous', PREVIOUS, '--lang', 'en']).stdout;
    expect(en).toMatch(/^targets of .*2024-city-gzbg\.txt \(2024, reviewing 2023\) → .*2025-city-gzbg\.txt \(2025, reviewing 2024\)\n/);
    expect(en).toContain('2024 targets, 8: 5 met, 2 missed, 1 not reported');
    expect(en).toMatch(/ {2}missed +地区生产总值增长 +6%\(左右\) +old line 8 +→ +5\.2% +line 6/);
    expect(en).toMatch(/ {2}not reported +粮食产量/);
    expect(en).toContain('Estimates this report states otherwise (1, for information)');
    expect(en).toContain('(2023 estimate change, old line 6)');
    const md = cli(['review', CURRENT, '--previous', PREVIOUS, '--format', 'markdown', '--lang', 'en']).stdout;
    expect(md).toMatch(/^## Target review: targets of `/);
    expect(md).toContain('| outcome | indicator | target | old line | actual | line |');
    expect(md).toContain('| indicator | estimate | old line | this report | line |');
    expect(cli(['review', CURRENT, '--previous', PREVIOUS, '--format', 'markdown']).stdout).toContain('| 结果 | 指标 | 目标 | 原行 | 实际 | 行 |');
    expect(cli(['review', CURRENT, '--previous', PREVIOUS, '--format', 'json', '--lang', 'en']).stdout).toBe(cli(['review', CURRENT, '--previous', PREVIOUS, '--format', 'json']).stdout);
  });

  it('extract text, and its rows the same in both languages', () => {
    const zh = cli(['extract', SEED]).stdout;
    expect(zh).toMatch(/2025-chengzhong-fazhi\.txt {2}（\d+ 个指标）\n/);
    expect(zh).toMatch(/^ {2}5:201\s+90件\s+2025年实绩\s+依法受理/m);
    const en = cli(['extract', SEED, '--lang', 'en']).stdout;
    expect(en).toMatch(/2025-chengzhong-fazhi\.txt {2}\(\d+ indicators\)\n/);
    expect(en).toMatch(/^ {2}5:201\s+90件\s+2025 result\s+依法受理/m);
    expect(cli(['extract', SEED, '--format', 'jsonl', '--lang', 'en']).stdout).toBe(cli(['extract', SEED, '--format', 'jsonl']).stdout);
  });

  it('outline text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-lang-'));
    writeFileSync(join(dir, 'a.txt'), '只有一段文字，没有标题。\n');
    expect(cli(['outline', 'a.txt'], { cwd: dir }).stdout).toBe('a.txt  （utf-8）\n     （无标题行）\n  1  （导语）\n     （无编号章节）\n');
    expect(cli(['outline', 'a.txt', '--lang', 'en'], { cwd: dir }).stdout).toBe('a.txt  (utf-8)\n     (no title line)\n  1  (preamble)\n     (no numbered sections)\n');
    expect(cli(['outline', SEED, '--lang', 'en']).stdout).toMatch(/2025-chengzhong-fazhi\.txt {2}\(utf-8, 2025\)\n/);
  });
});
