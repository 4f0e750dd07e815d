import { chmodSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import type { Indicator } from '../../src/schema/indicator.js';
import { cli } from '../support/cli.js';
import { BIN, SEED } from '../support/paths.js';

const original = readFileSync(SEED, 'utf8');
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };

function copy(name: string, bytes: Buffer | string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-fix-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return { dir, path };
}

/** What an indicator is, whatever the width of the brackets in its unit (人(次) and 人（次）). */
function essence(i: Indicator) {
  const fold = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');
  return [i.kind, fold(i.text), i.value, fold(i.unit), i.unitKind, i.base, i.approx, i.label, i.key ?? null, i.sectionId, i.item, i.span];
}
const indicatorsOf = (text: string) => extractIndicators(text, parseOutline(text)).map(essence);

describe('report-lint --fix', () => {
  it('on a copy of the seed: only punctuation changes, the same indicators, and a second run changes nothing', () => {
    const { dir, path } = copy('报告.txt', readFileSync(SEED));
    const first = cli(['--fix', path]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0); // what is left are warnings
    expect(first.stdout).toContain('✖ 7 个问题（0 个错误，7 个警告）');
    const fixed = readFileSync(path, 'utf8');
    expect(fixed.length).toBe(original.length);
    let changes = 0;
    for (let i = 0; i < original.length; i++) {
      if (fixed[i] === original[i]) continue;
      changes++;
      expect(FULL_WIDTH[original[i] as string], `offset ${i}`).toBe(fixed[i]);
    }
    expect(changes).toBe(212);
    expect(indicatorsOf(fixed)).toEqual(indicatorsOf(original));

    const bytes = readFileSync(path);
    const second = cli(['--fix', path]);
    expect(second.code).toBe(0);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dir)).toEqual(['报告.txt']); // no temporary file left behind
  });

  it('keeps a GB18030 file in GB18030', () => {
    const { path } = copy('gbk.txt', iconv.encode(original, 'gb18030'));
    expect(cli(['--fix', path]).code).toBe(0);
    const bytes = readFileSync(path);
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { path: utf8 } = copy('utf8.txt', original);
    cli(['--fix', utf8]);
    expect(text).toBe(readFileSync(utf8, 'utf8'));
    const again = Buffer.from(bytes);
    cli(['--fix', path]);
    expect(readFileSync(path).equals(again)).toBe(true);
  });

  it('keeps CRLF line ends, a UTF-8 byte order mark and the file mode', () => {
    const crlf = `\ufeff${original.replace(/\n/g, '\r\n')}`;
    const { path } = copy('crlf.txt', crlf);
    chmodSync(path, 0o640);
    cli(['--fix', path]);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length).toBe(crlf.split('\r\n').length);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('--fix-dry-run prints a unified diff and changes nothing', () => {
    const { path } = copy('报告.txt', readFileSync(SEED));
    const r = cli(['--fix-dry-run', path]);
    expect(r.code).toBe(0);
    // An absolute path is named as it is (git's a/ b/ prefixes are for relative ones).
    expect(r.stdout).toContain(`--- ${path}`);
    expect(r.stdout).toContain(`+++ ${path}`);
    expect(r.stdout).toContain('+2025年，城中区坚持以习近平新时代中国特色社会主义思想为指导，');
    expect(r.stdout).toContain('-2025年,城中区坚持以习近平新时代中国特色社会主义思想为指导,');
    expect(readFileSync(path, 'utf8')).toBe(original);
    // On a report with nothing to fix it prints nothing.
    cli(['--fix', path]);
    expect(cli(['--fix-dry-run', path]).stdout).toBe('');
  });

  it('cannot write to standard input: one line, exit 2', () => {
    const r = cli(['--fix', '-'], { input: '强化监督,压实责任。' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: <stdin>: --fix 无法写回标准输入（请用 --fix-dry-run）\n');
    expect(cli(['--fix-dry-run', '-'], { input: '强化监督,压实责任。' }).stdout).toContain('+强化监督，压实责任。');
  });

  it('refuses to write when the file would not re-encode to its own bytes', async () => {
    const { writeFixed } = await import('../../src/cli/write-fixed.js');
    // UTF-8 bytes taken for GB18030: writing them back would change every character.
    const { path } = copy('odd.txt', '强化监督,压实责任。');
    const bytes = readFileSync(path);
    await expect(writeFixed(path, '强化监督,压实责任。', '强化监督，压实责任。', 'gb18030')).rejects.toThrow(
      /odd\.txt: cannot fix: the file does not re-encode to the same bytes in gb18030/,
    );
    expect(readFileSync(path).equals(bytes)).toBe(true);
    await writeFixed(path, '强化监督,压实责任。', '强化监督，压实责任。', 'utf-8');
    expect(readFileSync(path, 'utf8')).toBe('强化监督，压实责任。');
  });

  it('follows a symbolic link: the target is fixed and the link stays a link', () => {
    const { dir, path } = copy('target.txt', '强化监督,压实责任。\n');
    const link = join(dir, 'link.txt');
    symlinkSync('target.txt', link);
    expect(cli(['--fix', link]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('强化监督，压实责任。\n');
  });

  it('refuses a file with other hard links, which a replacement would split from it, and still lists its findings', () => {
    const { dir, path } = copy('h1.txt', '强化监督,压实责任。\n');
    linkSync(path, join(dir, 'h2.txt'));
    const r = cli(['--fix', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`report-lint: ${path}: 无法修复：该文件有 2 个硬链接，替换它会使它们分开；请修复一份副本\n`);
    expect(r.stdout).toContain('half-width-punctuation');
    expect(readFileSync(join(dir, 'h2.txt'), 'utf8')).toBe('强化监督,压实责任。\n');
    expect(readFileSync(path, 'utf8')).toBe('强化监督,压实责任。\n');
  });

  it('refuses a read-only file for a user who may not write it (run as nobody)', (ctx) => {
    const setpriv = spawnSync('setpriv', ['--version']);
    if (process.getuid?.() !== 0 || setpriv.status !== 0) {
      console.warn('skipped: needs root and setpriv to run the CLI as another user');
      ctx.skip();
    }
    const { dir, path } = copy('ro.txt', '强化监督,压实责任。\n');
    chmodSync(dir, 0o777);
    chmodSync(path, 0o444);
    const r = spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, BIN, '--fix', path], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.stderr).toBe(`report-lint: ${path}: 无法修复：文件是只读的（先设为可写再修复，如 chmod u+w）\n`);
    expect(r.status).toBe(2);
    expect(readFileSync(path, 'utf8')).toBe('强化监督,压实责任。\n');
  });

  it('--fix-dry-run says on stderr what the fixes would leave, and refuses options it would ignore', () => {
    const dry = cli(['--fix-dry-run', SEED]);
    expect(dry.stderr).toBe('report-lint: 修复后仍有 7 个问题（0 个错误，7 个警告）：去掉 --fix-dry-run 可逐条列出\n');
    expect(dry.code).toBe(0);
    const json = cli(['--fix-dry-run', '--format', 'json', SEED]);
    expect([json.code, json.stdout, json.stderr]).toEqual([2, '', 'report-lint: --fix-dry-run 输出统一格式的差异，--format json 不适用\n']);
    const both = cli(['--fix-dry-run', '--fix', SEED]);
    expect([both.code, both.stderr]).toEqual([2, 'report-lint: --fix 与 --fix-dry-run 只能选一个\n']);
  });
});
