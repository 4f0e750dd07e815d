import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const CLEAN = 'fixtures/drafts/fazhi-clean.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'report-lint-paths-'));
const files = (stdout: string) => (JSON.parse(stdout) as { reports: { file: string }[] }).reports.map((r) => r.file);

describe('a path named twice is one report, as in ESLint', () => {
  it('lint: the same file under one spelling or two is linted once, as first spelled', () => {
    const r = cli([CLEAN, CLEAN, `./${CLEAN}`, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(files(r.stdout)).toEqual([CLEAN]);
  });

  it('- - reads standard input once, not a second time as an empty report', () => {
    const r = cli(['-', '-', '--format', 'json'], { input: '一、工作情况\n' });
    expect(files(r.stdout)).toEqual(['<stdin>']);
    const outline = cli(['outline', '-', CLEAN, '-', '--format', 'json'], { input: '一、工作情况\n' });
    expect(files(outline.stdout)).toEqual(['<stdin>', CLEAN]);
  });

  it('extract and outline, and a directory named twice', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), '一、甲\n共办理案件12件。\n');
    writeFileSync(join(dir, 'sub', 'b.txt'), '一、乙\n');
    const extract = cli(['extract', join(dir, 'a.txt'), join(dir, 'sub', '..', 'a.txt'), '--format', 'json']);
    expect(files(extract.stdout)).toEqual([join(dir, 'a.txt')]);
    const outline = cli(['outline', dir, `${dir}/`, '--format', 'json']);
    expect(files(outline.stdout)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.txt')]);
  });

  it('a file found again in a directory named after it is read once', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), '一、甲\n共办理案件12件。\n');
    writeFileSync(join(dir, 'b.txt'), '一、乙\n');
    const r = cli([dir, join(dir, 'a.txt'), '--format', 'json']);
    expect(files(r.stdout)).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt')]);
  });

  it('diff - - still refuses', () => {
    expect(cli(['diff', '-', '-'], { input: '' }).code).toBe(2);
  });
});
