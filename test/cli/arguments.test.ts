import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli.js';

const CLEAN = 'fixtures/drafts/fazhi-clean.txt';

/**
 * A usage error: exactly one line on stderr, `report-lint: …`, exit 2, nothing on stdout; in
 * Chinese by default, in English with --lang en.
 */
const expectUsageError = (args: string[], pattern: RegExp) => {
  const r = cli(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const en = args.includes('en') || args.includes('--lang=en');
  expect(r.stderr).toMatch(en ? /^report-lint: [^\n]+ \(report-lint --help for usage\)\n$/ : /^report-lint: [^\n]+（用法见 report-lint --help）\n$/);
  expect(r.stderr).toMatch(pattern);
};

describe('bad arguments: one line on stderr, exit 2', () => {
  it.each([
    [[CLEAN, '--lang', 'fr'], /^report-lint: 选项 '--lang <lang>' 的值 'fr' 无效：可选值为 zh, en（/],
    [[CLEAN, '--profile', 'bogus'], /的值 'bogus' 无效：可选值为 fazhi, gzbg, generic（/],
    [[CLEAN, '--format', 'xml'], /的值 'xml' 无效：可选值为 stylish, json, sarif, github, markdown, html（/],
    [[CLEAN, '--bogus'], /^report-lint: 未知选项 '--bogus'/],
    [[CLEAN, '--max-warnings', '-1'], /选项 '--max-warnings <n>' 的值 '-1' 无效/],
    [['schema', 'bogus'], /参数 'output' 的值 'bogus' 无效：可选值为 outline/],
    [['diff', 'a', 'b', 'c'], /命令 diff 的参数过多：应有 2 个，实有 3 个/],
    [['diff', 'onlyone.txt'], /缺少必需的参数 'new'/],
    [['outline'], /缺少必需的参数 'paths'/],
  ])('%j', (args, pattern) => expectUsageError(args, pattern));

  it.each([
    [[CLEAN, '--lang', 'en', '--profile', 'bogus'], /^report-lint: option '--profile <profile>' argument 'bogus' is invalid\. Allowed choices are fazhi, gzbg, generic\. \(/],
    [[CLEAN, '--format', 'xml', '--lang=en'], /argument 'xml' is invalid\. Allowed choices are stylish, json, sarif, github, markdown, html\./],
    [[CLEAN, '--bogus', '--lang', 'en'], /^report-lint: unknown option '--bogus'/],
    [[CLEAN, '--lang', 'en', '--max-warnings', '-1'], /option '--max-warnings <n>' argument '-1' is invalid\. expected a whole number ≥ 0/],
    [['diff', 'a', 'b', 'c', '--lang', 'en'], /too many arguments for 'diff'/],
    [['diff', '--lang', 'en', 'onlyone.txt'], /missing required argument 'new'/],
    [['outline', '--lang', 'en'], /missing required argument 'paths'/],
    [['review', 'a.txt', '--lang', 'en'], /required option '--previous <report>' not specified/],
  ])('in English with --lang en: %j', (args, pattern) => expectUsageError(args, pattern));

  it('a suggestion commander adds on a line of its own stays on the one line', () => {
    expectUsageError([CLEAN, '--quite'], /^report-lint: 未知选项 '--quite'（是否想用 --quiet？）（用法见 report-lint --help/);
    expectUsageError([CLEAN, '--quite', '--lang', 'en'], /^report-lint: unknown option '--quite' \(Did you mean --quiet\?\) \(report-lint --help/);
  });

  it('the language of a usage error is the config’s when --lang is not given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-usage-'));
    writeFileSync(join(dir, 'report-lint.config.json'), '{ "lang": "en" }');
    writeFileSync(join(dir, 'a.txt'), '一、甲\n');
    const r = cli(['a.txt', '--quite'], { cwd: dir });
    expect(r.stderr).toBe("report-lint: unknown option '--quite' (Did you mean --quiet?) (report-lint --help for usage)\n");
    expect(cli(['a.txt', '--quite', '--lang', 'zh'], { cwd: dir }).stderr).toBe('report-lint: 未知选项 \'--quite\'（是否想用 --quiet？）（用法见 report-lint --help）\n');
  });

  it('--help and --version still exit 0 on stdout', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: report-lint/);
    expect(help.stderr).toBe('');
    expect(cli(['diff', '--help']).code).toBe(0);
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('counts and percentages: plain decimal numbers only', () => {
  it.each(['', '1e3', '0x10', ' 5', '5 ', '1.5', '+3', 'Infinity'])('--max-warnings %j is refused', (value) => {
    expectUsageError([CLEAN, '--max-warnings', value], /选项 '--max-warnings <n>' 的值 '.*' 无效：应为不小于 0 的整数/);
  });

  it('--max-warnings 0 and 007 are counts', () => {
    expect(cli([CLEAN, '--max-warnings', '0']).code).toBe(0);
    expect(cli([CLEAN, '--max-warnings', '007']).code).toBe(0);
  });

  it.each(['', ' ', '-1', '1e3', '0x10', '5%%', 'Infinity'])('diff --min-change %j is refused', (value) => {
    expectUsageError(['diff', CLEAN, CLEAN, '--min-change', value], /选项 '--min-change <percent>' 的值 '.*' 无效：应为不小于 0 的百分数/);
  });

  it.each(['5', '5%', '0.5', '.5', '10.'])('diff --min-change %j is a percentage', (value) => {
    expect(cli(['diff', CLEAN, CLEAN, '--min-change', value]).code).toBe(0);
  });
});
