import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { ROOT } from '../support/paths.js';

describe('report-lint web', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-web-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const built = () => readFileSync(join(ROOT, 'dist/report-lint.html'), 'utf8');

  it('writes the built page, by default as report-lint.html in the working directory', () => {
    const run = cli(['web'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'report-lint.html'), 'utf8')).toBe(built());
    expect(run.stderr).toMatch(/^已写出 report-lint\.html（\d+ KB）：用浏览器打开即可，本页面在本机运行，文件不会上传\n$/);
  });

  it('writes where it is told, or to stdout with -, and says so in English with --lang en', () => {
    const run = cli(['web', 'page.html', '--lang', 'en'], { cwd: dir });
    expect(run.stderr).toMatch(/^wrote page\.html \(\d+ KB\): open it in a browser/);
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe(built());
    expect(cli(['web', '-']).stdout).toBe(built());
  });

  it('is one file that may load nothing: its policy forbids every request, its one script is inline', () => {
    const page = built();
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data: blob:"`);
    expect(page.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
    expect(page).not.toMatch(/<(?:link|img|iframe)\b/);
  });

  it('says plainly when it cannot write', () => {
    const run = cli(['web', join(dir, 'no/such/folder/page.html')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^report-lint: 无法写入 .*（ENOENT）：请换一个文件名或目录\n$/);
  });
});
