import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { ROOT, SEED } from '../support/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'report-lint-html-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>东湖县报告</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a></div>
<div class="content"><h1>东湖县2025年法治政府建设年度报告</h1><p>一、主要工作</p><p>全年办理行政复议案件135件,同比增长12%。</p></div>
<div class="footer">地址：东湖县人民路1号，电话：0710-1234567</div></body></html>`;

describe('report-lint on web pages', () => {
  it('names a finding by paragraph, character and first words', () => {
    const path = join(dir, 'places.html');
    writeFileSync(path, PAGE);
    expect(cli([path, '--rule', 'title-form=off']).stdout).toMatch(/第3段第15字 「全年办理行政复议案件13…」\s+错误\s+中文中使用了半角“,”/);
    const json = JSON.parse(cli([path, '--format', 'json']).stdout);
    expect(json.reports[0].placeKind).toBe('paragraph');
    const d = json.reports[0].diagnostics.find((x: { ruleId: string }) => x.ruleId === 'half-width-punctuation');
    expect(d.place).toEqual({ kind: 'paragraph', paragraph: 3, character: 15, excerpt: '全年办理行政复议案件13…' });
  });

  it('outline lists a page by paragraph and says it is a web page', () => {
    const path = join(dir, 'outline.html');
    writeFileSync(path, PAGE);
    expect(cli(['outline', path]).stdout.split('\n')[0]).toBe(`${path}  （网页，按段落编号，2025年）`);
    expect(cli(['outline', path, '--lang', 'en']).stdout.split('\n')[0]).toBe(`${path}  (web page, numbered by paragraph, 2025)`);
  });

  it('extract reads a page, on standard input too, and a folder holds its .html and .htm', () => {
    const folder = join(dir, 'site');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.html'), PAGE);
    writeFileSync(join(folder, 'b.htm'), PAGE);
    const rows = cli(['extract', folder, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => `${r.file.slice(folder.length + 1)} ${r.text}`)).toEqual(['a.html 135件', 'a.html 12%', 'b.htm 135件', 'b.htm 12%']);
    const piped = cli(['extract', '-', '--format', 'jsonl'], { input: PAGE }).stdout.trim().split('\n');
    expect(piped.map((l) => JSON.parse(l).text)).toEqual(['135件', '12%']);
  });

  it('--fix is refused (the text read is not the file), and the page left as it was', () => {
    const path = join(dir, 'fix.html');
    writeFileSync(path, PAGE);
    const r = cli([path, '--fix']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`report-lint: ${path}: --fix 无法写入网页：请在来源处修改报告（--fix-dry-run 可显示对其文本的修复）\n`);
    expect(cli([path, '--fix', '--lang', 'en']).stderr).toMatch(/--fix cannot write into a web page/);
    expect(readFileSync(path, 'utf8')).toBe(PAGE);
  });

  it('a text report does not pay for the HTML parser: it stays out of the CLI bundle', () => {
    cli([SEED, '--format', 'json']);
    expect(readFileSync(join(ROOT, 'dist/cli.cjs'), 'utf8')).not.toMatch(/parse5/);
  });
});
