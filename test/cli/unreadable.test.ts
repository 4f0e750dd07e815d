import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support/paths.js';

/**
 * Permissions do not apply to root, and CI runs tests as root: there the CLI is run as `nobody`
 * through setpriv. Without setpriv (or as root without the right to switch) the test skips,
 * saying so; as any other user it runs the CLI directly.
 */
const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'];
const root = process.getuid?.() === 0;
const prefix = root ? NOBODY : [];
const usable = !root || spawnSync(NOBODY[0] as string, [...NOBODY.slice(1), 'true'], { stdio: 'ignore' }).status === 0;
if (!usable) console.warn('SKIPPED: running as root without a working `setpriv`; unreadable files and directories were not tested');

function runAsUser(args: readonly string[], cwd: string) {
  const [command, ...rest] = [...prefix, process.execPath, BIN, ...args] as [string, ...string[]];
  const r = spawnSync(command, rest, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!usable)(`unreadable entries in a directory scan (${root ? 'as nobody, through setpriv' : 'as this user'})`, () => {
  it('each is reported on one line, named as the user named the directory; every readable file is still read; exit 2', () => {
    const base = mkdtempSync(join(tmpdir(), 'report-lint-unreadable-'));
    chmodSync(base, 0o755); // nobody must reach the directory
    const dir = join(base, 'dir');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    mkdirSync(join(dir, 'zz'));
    writeFileSync(join(dir, 'ok.txt'), '一、工作情况\n');
    writeFileSync(join(dir, 'noread.txt'), '一、工作情况\n');
    writeFileSync(join(dir, 'sub', 'inner.txt'), '一、工作情况\n');
    writeFileSync(join(dir, 'zz', 'last.txt'), '一、工作情况\n');
    chmodSync(join(dir, 'noread.txt'), 0o000);
    chmodSync(join(dir, 'sub'), 0o000);
    for (const p of [base, dir, join(dir, 'zz')]) chmodSync(p, 0o755);
    for (const p of [join(dir, 'ok.txt'), join(dir, 'zz', 'last.txt')]) chmodSync(p, 0o644);

    const r = runAsUser(['outline', 'dir', '--format', 'json'], base);
    expect(r.stderr).toBe('report-lint: dir/noread.txt: 没有访问权限\nreport-lint: dir/sub: 没有访问权限\n');
    expect(r.code).toBe(2);
    const files = (JSON.parse(r.stdout) as { reports: { file: string }[] }).reports.map((x) => x.file);
    expect(files).toEqual(['dir/ok.txt', 'dir/zz/last.txt']);

    const lint = runAsUser(['./dir/'], base);
    expect(lint.stderr).toBe('report-lint: dir/noread.txt: 没有访问权限\nreport-lint: dir/sub: 没有访问权限\n');
    expect(lint.code).toBe(2);
    expect(lint.stdout).toContain('dir/ok.txt');
  });

  it('the directory named cannot be listed: one line naming it, exit 2', () => {
    const base = mkdtempSync(join(tmpdir(), 'report-lint-unreadable-'));
    chmodSync(base, 0o755);
    mkdirSync(join(base, 'closed'));
    writeFileSync(join(base, 'closed', 'a.txt'), '一、工作情况\n');
    chmodSync(join(base, 'closed'), 0o000);
    expect(runAsUser(['outline', 'closed', join(ROOT, 'fixtures/drafts/fazhi-clean.txt')], base)).toMatchObject({
      code: 2,
      stderr: 'report-lint: closed: 没有访问权限\n',
    });
  });

  it('a working directory inside one the user may not search: the config search looks past it, no crash', () => {
    const base = mkdtempSync(join(tmpdir(), 'report-lint-unreadable-')); // 0700: closed to nobody
    const work = join(base, 'work');
    mkdirSync(work);
    chmodSync(work, 0o755);
    writeFileSync(join(work, 'a.txt'), '一、工作情况\n');
    chmodSync(join(work, 'a.txt'), 0o644);
    const r = runAsUser(['outline', 'a.txt'], work);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('一、工作情况');
  });
});
