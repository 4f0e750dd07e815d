import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { LONG_RUN_BYTES } from '../../src/cli/throughput.js';
import { cli } from '../support/cli.js';
import { ROOT, SEED } from '../support/paths.js';

function file(name: string, bytes: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'report-lint-odd-')), name);
  writeFileSync(path, bytes);
  return path;
}

describe('odd input, clear words', () => {
  it.each([
    ['an empty file', ''],
    ['a file of spaces and blank lines', ' \n\u3000\u3000\r\n\t\n'],
  ])('%s is a finding (报告为空) with exit 1, not a pass', (_what, text) => {
    const path = file('空.txt', text);
    const r = cli([path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1:1  错误  报告为空：');
    expect(r.stdout).toContain('report-empty');
    expect(r.stdout).not.toContain('未发现问题');
  });

  it.each(['fazhi', 'gzbg', 'generic'])('an empty report is that one finding under the %s profile, not one per required part and the title too', (profile) => {
    const path = file('空.txt', '\ufeff\n\u3000\n');
    const r = cli([path, '--profile', profile, '--format', 'json']);
    expect(r.code).toBe(1);
    const [report] = (JSON.parse(r.stdout) as { reports: { diagnostics: { ruleId: string }[] }[] }).reports;
    expect(report?.diagnostics.map((d) => d.ruleId)).toEqual(['report-empty']);
  });
});

describe('encodings and documents', () => {
  it('a stray control byte is a finding at its line and column (exit 1), in the chosen language', () => {
    const path = file('报告.txt', '城中区2025年法治政府建设年度报告\n一、工作情况\n全年受理\x1a行政复议案件90件。\n');
    const r = cli([path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/3:5 +错误 +此处有一个不可见的控制字符（U\+001A），多为从其他系统复制时带入：请删除。 +stray-control-character/);
    expect(cli([path, '--lang', 'en']).stdout).toMatch(/3:5 +error +An invisible control character \(U\+001A\) is here/);
  });

  it('an invalid UTF-8 byte is a finding at its place, not a refusal', () => {
    const path = file('报告.txt', Buffer.concat([Buffer.from('城中区2025年法治政府建设年度报告\n全年受理'), Buffer.from([0xc3]), Buffer.from('行政复议案件90件。\n')]));
    const r = cli([path]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2:5 +错误 +此处有一个不符合 UTF-8 编码的字节/);
  });

  it('a Big5 report is read as Big5 and says so; --encoding forces another', () => {
    const path = file('big5.txt', iconv.encode('城中區2025年法治政府建設年度報告\n一、工作進展情況\n全年受理行政復議案件90件。\n', 'big5'));
    const r = cli(['outline', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('（big5，2025年）');
    expect(r.stdout).toContain('城中區2025年法治政府建設年度報告');
    expect(cli(['outline', '--encoding', 'gb18030', path]).stdout).toContain('（gb18030');
    expect(cli(['outline', '--encoding', 'latin1', path]).stderr).toMatch(/^report-lint: 选项 '--encoding <encoding>' 的值 'latin1' 无效/);
  });

  it('a damaged .docx, a .doc or a damaged .pdf is one line saying what the file is, exit 2', () => {
    // A .docx is read (test/document); one cut short is said to be damaged.
    const docx = file('报告.docx', Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml\x00word/document.xml', 'latin1'));
    const r = cli([docx]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `report-lint: ${docx}: 文件已损坏：Word 文件包（ZIP 压缩包）已损坏或不完整\n` });
    const doc = file('报告.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(cli([doc]).stderr).toBe(`report-lint: ${doc}: 这是旧版二进制 Word 或 WPS 文件（.doc/.wps）：请在 Word 或 WPS 中打开并另存为 .docx\n`);
    const pdf = file('报告.pdf', '%PDF-1.4\n');
    // A PDF is read (test/pdf); one cut short after its header is said to be damaged.
    const r2 = cli(['extract', pdf]);
    expect(r2).toMatchObject({ code: 2, stdout: '' });
    expect(r2.stderr.startsWith(`report-lint: ${pdf}: PDF 文件已损坏（`)).toBe(true);
    expect(r2.stderr.endsWith('）：请从原文件重新导出，或提供 .docx\n')).toBe(true);
    expect(r2.stderr.split('\n')).toHaveLength(2);
  });
});

describe('the command line says what it means', () => {
  it('a mistyped command gets "did you mean", exit 2; a file of that name is still a file', () => {
    for (const [typed, meant] of [['lnit', 'lint'], ['extrct', 'extract'], ['outlien', 'outline'], ['dif', 'diff']]) {
      const r = cli([typed as string, 'a.txt']);
      expect(r.stderr).toBe(`report-lint: 未知命令 '${typed}'（是否想用 ${meant}？）（用法见 report-lint --help）\n`);
      expect(r.code).toBe(2);
    }
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-typo-'));
    writeFileSync(join(dir, 'lnit'), '城中区2025年法治政府建设年度报告\n');
    expect(cli(['lnit'], { cwd: dir }).stderr).toBe('');
    // A missing file that is no command's near miss is a missing file.
    expect(cli(['报告.txt'], { cwd: dir }).stderr).toBe('report-lint: 报告.txt: 找不到该文件或目录\n');
  });

  it('--quiet with --max-warnings failing does not say there are no problems', () => {
    // The seed without its errors has 7 warnings.
    const r = cli([SEED, '--rule', 'half-width-punctuation=off', '--quiet', '--max-warnings', '6']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('未发现问题');
    expect(r.stdout).toBe('未发现错误；--quiet 未列出其余 7 个问题\n');
    expect(cli([SEED, '--rule', 'half-width-punctuation=off', '--quiet', '--lang', 'en']).stdout).toBe('no errors; 7 other problems not listed (--quiet)\n');
  });

  it.each([['outline'], ['extract'], ['diff']])('TIMING=1 works for %s too', (command) => {
    const args = command === 'diff' ? [command, SEED, SEED] : [command, SEED];
    const r = cli(args, { env: { TIMING: '1' } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Step +\| Time \(ms\) \| Relative\n/);
    expect(r.stderr).toContain('(read, outline)');
  });

  it('a run under other NODE_OPTIONS adds no cache file to dist/: its cache is in the user cache directory', () => {
    const cache = mkdtempSync(join(tmpdir(), 'report-lint-cache-'));
    const before = readdirSync(join(ROOT, 'dist')).sort();
    const r = cli(['rules'], { env: { NODE_OPTIONS: '--no-warnings --no-deprecation', XDG_CACHE_HOME: cache } });
    expect(r.code).toBe(0);
    expect(readdirSync(join(ROOT, 'dist')).sort()).toEqual(before);
    expect(readdirSync(join(cache, 'report-lint')).filter((f) => /^cli\.\w+\.cache$/.test(f))).toHaveLength(1);
  });

  it('a long run writes no code cache (it ran under the throughput setting, which a next run would reject); a short run does', () => {
    const seed = readFileSync(SEED);
    const big = file('长.txt', Buffer.concat(Array.from({ length: Math.ceil(LONG_RUN_BYTES / seed.length) }, () => seed)));
    const cache = mkdtempSync(join(tmpdir(), 'report-lint-cache-'));
    const env = { NODE_OPTIONS: '--no-warnings', XDG_CACHE_HOME: cache };
    const caches = () => (existsSync(join(cache, 'report-lint')) ? readdirSync(join(cache, 'report-lint')).filter((f) => /^cli\.\w+\.cache$/.test(f)) : []);
    expect(cli(['extract', big, '-f', 'jsonl'], { env }).code).toBe(0);
    expect(caches()).toEqual([]);
    expect(cli(['extract', SEED, '-f', 'jsonl'], { env }).code).toBe(0);
    expect(caches()).toHaveLength(1);
  });

  it('a run whose built code cache is rejected leaves dist/ as built and keeps its own cache in the user cache directory', () => {
    // An install of its own (bin/ and dist/), its built cache spoilt as another V8 would reject it.
    const install = mkdtempSync(join(tmpdir(), 'report-lint-install-'));
    cpSync(join(ROOT, 'bin'), join(install, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'dist'), join(install, 'dist'), { recursive: true });
    const built = readdirSync(join(install, 'dist')).filter((f) => /^cli\.\w+\.cache$/.test(f));
    expect(built.length).toBeGreaterThan(0);
    for (const f of built) writeFileSync(join(install, 'dist', f), 'not a code cache');
    const cache = mkdtempSync(join(tmpdir(), 'report-lint-cache-'));
    const r = spawnSync(process.execPath, [join(install, 'bin/report-lint.js'), 'rules'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache } });
    expect(r.status).toBe(0);
    expect(readdirSync(join(install, 'dist')).sort()).toEqual(readdirSync(join(ROOT, 'dist')).sort());
    for (const f of built) expect(readFileSync(join(install, 'dist', f), 'utf8')).toBe('not a code cache');
    expect(readdirSync(join(cache, 'report-lint')).length).toBe(1);
  });
});
