import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { OutlineOutput } from '../../src/schema/output.js';
import { cli } from '../support/cli.js';
import { SEED } from '../support/paths.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'report-lint-'));

describe('report-lint outline', () => {
  it('prints the seed tree: three top sections, eight (一)…(八) under the first, items under each', () => {
    const r = cli(['outline', SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    const top = lines.filter((l) => /^\s+\d+ {2}[一二三]、/.test(l));
    expect(top.map((l) => l.trim().replace(/^\d+\s+/, ''))).toEqual(['一、工作进展情况', '二、工作成效和经验做法', '三、存在的问题及下一步工作思路']);
    expect(lines.filter((l) => /^\s+\d+ {4}\([一二三四五六七八]\)/.test(l))).toHaveLength(8);
    expect(r.stdout).toContain('      一是 强化政治引领');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('--format json parses with the project schema', () => {
    const r = cli(['outline', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    const output = OutlineOutput.parse(JSON.parse(r.stdout));
    expect(output.schemaVersion).toBe(1);
    expect(output.reports[0]?.outline.sections).toHaveLength(3);
    expect(output.reports[0]?.encoding).toBe('utf-8');
  });

  it('reads a directory recursively, .txt and .md, in sorted order', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), '一、乙\n');
    writeFileSync(join(dir, 'sub/a.md'), '## 一、甲\n');
    writeFileSync(join(dir, 'notes.docx.bak'), 'x');
    const r = cli(['outline', dir, '--format', 'json']);
    expect(r.code).toBe(0);
    const output = OutlineOutput.parse(JSON.parse(r.stdout));
    expect(output.reports.map((x) => [x.file.slice(dir.length + 1), x.format, x.outline.sections[0]?.title])).toEqual([
      ['b.txt', 'text', '乙'],
      ['sub/a.md', 'markdown', '甲'],
    ]);
  });

  it('reads standard input for -', () => {
    const r = cli(['outline', '-'], { input: '一、工作情况\n（一）强化领导\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<stdin>');
    expect(r.stdout).toContain('（一）强化领导');
  });

  it('an empty file is a report with no sections', () => {
    const file = join(tmp(), 'empty.txt');
    writeFileSync(file, '');
    const r = cli(['outline', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(OutlineOutput.parse(JSON.parse(r.stdout)).reports[0]?.outline.sections).toEqual([]);
  });
});

describe('bad input: one line on stderr, exit 2, no stack trace', () => {
  const expectOneLine = (args: string[], pattern: RegExp) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  };

  it('a missing path', () => expectOneLine(['outline', 'no/such/report.txt'], /^report-lint: no\/such\/report\.txt: 找不到该文件或目录$/m));

  it('a directory with no reports', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'image.png'), 'x');
    expectOneLine(['outline', dir], /: 目录中没有报告/);
  });

  it('a binary file', () => {
    const file = join(tmp(), 'report.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    expectOneLine(['outline', file], /report\.txt: 二进制文件/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file (skipped as root, who reads everything)', () => {
    const file = join(tmp(), 'secret.txt');
    writeFileSync(file, '一、甲\n');
    chmodSync(file, 0o000);
    expectOneLine(['outline', file], /secret\.txt: 没有访问权限/);
  });

  it('a bad option value', () => {
    const r = cli(['outline', SEED, '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/yaml/);
  });

  it('a bad file among good ones: the good ones are still printed', () => {
    const r = cli(['outline', 'missing.txt', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: missing.txt: 找不到该文件或目录\n');
    expect(r.stdout).toContain('一、工作进展情况');
  });
});

describe('help and version', () => {
  it('no arguments is a usage error: the usage on stderr, exit 2 (as ESLint)', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: report-lint/);
    expect(r.stderr).toContain('outline');
  });

  it('--version prints the package version', () => {
    expect(cli(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('--help on a command', () => {
    const r = cli(['outline', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format');
  });
});
