import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry.js';
import { LintOutput } from '../../src/schema/lint.js';
import { SarifLog } from '../format/sarif-schema.js';
import { cli } from '../support/cli.js';

const SEED = 'fixtures/2025-chengzhong-fazhi.txt';
const CLEAN = 'fixtures/drafts/fazhi-clean.txt';

describe('report-lint lint', () => {
  it('is the default command: `report-lint 报告.txt` is `report-lint lint 报告.txt`', () => {
    const a = cli([SEED]);
    const b = cli(['lint', SEED]);
    expect(a.code).toBe(1);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^fixtures\/2025-chengzhong-fazhi\.txt\n {2}1:1 +警告 {2}报告缺少标题/);
    expect(a.stdout).toContain('✖ 219 个问题（212 个错误，7 个警告）');
    expect(a.stdout).not.toMatch(/\u001b\[/);
  });

  it('leaves the other commands and the help as they were', () => {
    expect(cli(['outline', SEED]).stdout).toContain('一、工作进展情况');
    const help = cli([]);
    expect(help.code).toBe(2);
    expect(help.stderr).toMatch(/Usage: report-lint/);
    expect(help.stderr).toMatch(/lint \[options\] <paths\.\.\.>/);
    expect(help.stderr).toMatch(/rules \[options\]/);
    expect(cli(['lint', '--help']).stdout).toContain('--fix-dry-run');
  });

  it('exits 0 on a clean report, printing that it is clean', () => {
    const r = cli([CLEAN]);
    expect(r).toEqual({ code: 0, stdout: '✔ 未发现问题\n', stderr: '' });
  });

  it('--format json validates against the LintOutput schema', () => {
    const r = cli([SEED, CLEAN, '--format', 'json']);
    const out = LintOutput.parse(JSON.parse(r.stdout));
    expect(out.reports.map((x) => [x.file, x.profile, x.stats.errors])).toEqual([
      [SEED, 'fazhi', 212],
      [CLEAN, 'fazhi', 0],
    ]);
    expect(out.reports[0]?.indicators.length).toBeGreaterThan(50);
    expect(out.summary.fixable).toBe(212);
  });

  it('--format sarif validates against the SARIF schema GitHub reads', () => {
    const log = SarifLog.parse(JSON.parse(cli([SEED, '--format', 'sarif']).stdout));
    expect(log.runs[0]?.results.length).toBe(219);
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(SEED);
    // A report that could not be read is recorded in the run's invocation, as on stderr.
    const failed = cli(['no-such-report.txt', SEED, '--format', 'sarif']);
    expect(failed.code).toBe(2);
    const run = JSON.parse(failed.stdout).runs[0];
    expect(run.invocations).toEqual([
      { executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: 'report-lint: no-such-report.txt: 找不到该文件或目录' } }] },
    ]);
    expect(run.results.length).toBe(219);
  });

  it('--format github prints workflow commands', () => {
    const lines = cli([SEED, '--format', 'github', '--rule', 'half-width-punctuation=off']).stdout.trim().split('\n');
    expect(lines[0]).toBe(
      `::warning file=${SEED},line=1,col=1,endLine=1,endColumn=200,title=title-missing::报告缺少标题：请在首行加上标题，如“城中区2025年法治政府建设年度报告”。`,
    );
    expect(lines.length).toBe(7);
  });

  it('--format markdown prints a table', () => {
    expect(cli([SEED, '--format', 'markdown', '--quiet']).stdout).toContain('| 1 | 6 | 错误 | 中文中使用了半角“,”：应改为全角“，”。 | `half-width-punctuation` |');
  });

  it('--lang en, --quiet, --rule and --max-warnings', () => {
    expect(cli([SEED, '--lang', 'en', '--quiet']).stdout).toContain('error  Half-width “,” in Chinese text: use the full-width “，”.');
    const quiet = cli([SEED, '--quiet']);
    expect(quiet.stdout).not.toMatch(/^\s+\d+:\d+\s+警告/m);
    expect(quiet.stdout).toContain('✖ 212 个问题（212 个错误，0 个警告）');
    const warnings = cli([SEED, '--rule', 'half-width-punctuation=off']);
    expect(warnings.code).toBe(0);
    expect(warnings.stdout).toContain('✖ 7 个问题（0 个错误，7 个警告）');
    const tooMany = cli([SEED, '--rule', 'half-width-punctuation=off', '--max-warnings', '6']);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toBe('report-lint: 警告 7 个，超过了 --max-warnings 6\n');
    expect(cli([SEED, '--rule', 'half-width-punctuation=off', '--max-warnings', '7']).code).toBe(0);
    // --quiet hides warnings but --max-warnings still counts them, as in ESLint.
    const hidden = cli([SEED, '--rule', 'half-width-punctuation=off', '--quiet', '--max-warnings', '6']);
    expect([hidden.code, hidden.stderr]).toEqual([1, 'report-lint: 警告 7 个，超过了 --max-warnings 6\n']);
    const promoted = cli([SEED, '--rule', 'half-width-punctuation=off', '--rule', 'vague-date=error']);
    expect(promoted.code).toBe(1);
    expect(promoted.stdout).toContain('✖ 7 个问题（3 个错误，4 个警告）');
  });

  it('--profile overrides detection', () => {
    const out = LintOutput.parse(JSON.parse(cli([SEED, '--format', 'json', '--profile', 'generic']).stdout));
    expect(out.reports[0]?.profile).toBe('generic');
    expect(out.reports[0]?.diagnostics.some((d) => d.ruleId === 'shortcoming-causes')).toBe(false);
  });

  it('reads standard input', () => {
    const r = cli(['-'], { input: '截至目前,共办理法律援助案件318件。' });
    expect(r.stdout).toContain('<stdin>');
    expect(r.stdout).toContain('vague-date');
  });

  it('bad input: one line on stderr, exit 2, no stack trace', () => {
    expect(cli(['no-such-report.txt'])).toEqual({ code: 2, stdout: '✔ 未发现问题\n'.slice(0, 0), stderr: 'report-lint: no-such-report.txt: 找不到该文件或目录\n' });
    const unknownRule = cli([SEED, '--rule', 'no-such-rule=off']);
    expect(unknownRule).toEqual({ code: 2, stdout: '', stderr: 'report-lint: --rule：未知规则“no-such-rule”（report-lint rules 列出全部规则）\n' });
    const badFlag = cli([SEED, '--rule', 'vague-date']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toBe('report-lint: --rule vague-date：应写作 <规则 id>=off|warn|error\n');
    const badFormat = cli([SEED, '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/可选值为 stylish, json, sarif, github, markdown/);
  });

  it('one unreadable file among good ones: the others are still reported, exit 2', () => {
    const r = cli([CLEAN, 'missing.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('✔ 未发现问题\n');
    expect(r.stderr).toBe('report-lint: missing.txt: 找不到该文件或目录\n');
  });
});

describe('report-lint rules', () => {
  it('lists every rule with its severity, fixability and description', () => {
    const r = cli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^规则\s+默认级别\s+可修复\s+类别\s+说明/);
    expect(r.stdout).toMatch(/half-width-punctuation\s+错误\s+✔\s+标点\s+中文中使用了半角标点/);
    expect(r.stdout).toMatch(/title-missing\s+警告\s+结构\s+报告缺少标题行/);
    // A header line and a line per rule.
    expect(r.stdout.trim().split('\n').length).toBe(RULES.length + 1);
    expect(cli(['rules', '--lang', 'en']).stdout).toMatch(/vague-date\s+warning\s+wording\s+Vague dates/);
  });

  it('--format json gives the metadata with option defaults', () => {
    const out = JSON.parse(cli(['rules', '--format', 'json']).stdout) as { rules: Array<{ id: string; fixable: boolean; defaults?: unknown }> };
    expect(out.rules.find((r) => r.id === 'repeated-sentence')?.defaults).toEqual({ minLength: 20 });
    expect(out.rules.filter((r) => r.fixable).map((r) => r.id)).toEqual([
      'heading-punctuation', 'heading-arabic-comma', 'heading-dot-mixed', 'half-width-punctuation', 'doubled-punctuation', 'space-between-chinese', 'year-abbreviated',
      'range-unit', 'numeral-consistency', 'outdated-term', 'miswriting',
    ]);
  });
});

describe('report-lint schema lint', () => {
  it('prints the JSON Schema of the lint output', () => {
    const r = cli(['schema', 'lint']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { title: string; properties: Record<string, unknown> };
    expect(schema.title).toBe('report-lint lint output');
    expect(Object.keys(schema.properties)).toEqual(['schemaVersion', 'tool', 'command', 'reports', 'summary']);
  });

  it('TIMING=1 prints where the time went (the ten longest steps) on stderr, after the results', () => {
    const r = cli([SEED, '--format', 'json'], { env: { TIMING: '1' } });
    expect(r.code).toBe(1);
    JSON.parse(r.stdout); // the output itself is untouched
    const rows = r.stderr.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^Step\s+\| Time \(ms\) \| Relative$/);
    expect(rows).toHaveLength(2 + 10);
    expect(r.stderr).toContain('(extract indicators)');
    const all = cli([SEED, '--format', 'json'], { env: { TIMING: 'all' } }).stderr.trimEnd().split('\n');
    expect(all.length).toBeGreaterThan(2 + 28); // every rule, and the stages
    expect(all.some((row) => row.startsWith('half-width-punctuation '))).toBe(true);
  });

  it('stats.lines counts CR LF, CR and LF line breaks, as the positions do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-lines-'));
    const body = ['城中区2025年法治政府建设年度报告', '', '一、工作进展情况', '依法受理行政复议案件90件。', ''];
    for (const [name, eol, lines] of [['lf.txt', '\n', 5], ['crlf.txt', '\r\n', 5], ['cr.txt', '\r', 5], ['crcrlf.txt', '\r\r\n', 9]] as const) {
      writeFileSync(join(dir, name), body.join(eol));
      const out = LintOutput.parse(JSON.parse(cli([join(dir, name), '--format', 'json']).stdout));
      expect(out.reports[0]?.stats.lines, name).toBe(lines);
    }
  });
});

