import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, ftruncateSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/paths.js';

/**
 * Endless or huge inputs. Each run is given 20 s: before reading in chunks, these read until
 * memory ran out.
 */
function shell(command: string) {
  const r = spawnSync('bash', ['-c', `cli() { "$NODE" "$BIN" "$@"; }; ${command}`], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1', NODE: process.execPath, BIN },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BINARY = '二进制文件（含 NUL 字节），不是文本报告';

describe.skipIf(!existsSync('/dev/zero'))('devices, pipes and FIFOs that never end', () => {
  it.each([
    ['cli /dev/zero', '/dev/zero'],
    ['cli /dev/urandom', '/dev/urandom'],
    ['cli - < /dev/zero', '<stdin>'],
    ['cli outline /dev/zero fixtures/drafts/fazhi-clean.txt', '/dev/zero'],
  ])('%s: binary, found in the first chunk; one line, exit 2', (command, name) => {
    const r = shell(command);
    expect(r.stderr).toBe(`report-lint: ${name}: ${BINARY}\n`);
    expect(r.code).toBe(2);
  });

  it('an endless pipe of text stops at the cap', () => {
    const r = shell('yes 一二三 | cli -');
    expect(r.stderr).toBe('report-lint: <stdin>: 文件过大（超过 256 MB）\n');
    expect(r.code).toBe(2);
  });

  it('an endless FIFO of text stops at the cap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-fifo-'));
    const r = shell(`mkfifo '${dir}/f.txt' && { yes 一二三 > '${dir}/f.txt' & } && cli '${dir}/f.txt'; code=$?; kill %1 2>/dev/null; exit $code`);
    expect(r.stderr).toBe(`report-lint: ${dir}/f.txt: 文件过大（超过 256 MB）\n`);
    expect(r.code).toBe(2);
  });
});

describe('huge files and odd standard input', () => {
  it('a file over the cap is refused by its size, at once', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'report-lint-huge-')), 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 300 * 1024 * 1024); // sparse
    closeSync(fd);
    const r = shell(`cli '${path}'`);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `report-lint: ${path}: 文件过大（超过 256 MB）\n` });
  });

  it('a directory on standard input is an error, not an empty report', () => {
    expect(shell('cli - < /')).toEqual({ code: 2, stdout: '', stderr: 'report-lint: <stdin>: 这是目录，不是文件\n' });
  });

  it('a file on standard input is read', () => {
    const r = shell('cli outline - < fixtures/drafts/fazhi-clean.txt');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<stdin> {2}（utf-8/);
  });
});
