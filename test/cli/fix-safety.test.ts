import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFixed } from '../../src/cli/write-fixed.js';
import { readReport } from '../../src/read/file.js';
import { cli } from '../support/cli.js';
import { BIN } from '../support/paths.js';

/** A draft with a half-width comma (half-width-punctuation) and an outdated term (outdated-term). */
const DRAFT = '强化监督,压实责任。推进法制政府建设。\n';
const FIXED = '强化监督，压实责任。推进法治政府建设。\n';

function copy(text: string | Buffer, name = '报告.txt'): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-safe-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return { dir, path };
}

/** The id of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('--fix never loses work', () => {
  it('refuses a read-only file by its mode bits, also as root (CI runs as root)', () => {
    const { path } = copy(DRAFT);
    chmodSync(path, 0o444);
    const r = cli(['--fix', path]);
    expect(r.stderr).toBe(`report-lint: ${path}: 无法修复：文件是只读的（先设为可写再修复，如 chmod u+w）\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('half-width-punctuation'); // its findings are still listed
    expect(readFileSync(path, 'utf8')).toBe(DRAFT);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  it('a save landing between the read and the rename is kept, and the fix refused with "run again"', async () => {
    const { dir, path } = copy(DRAFT);
    const doc = await readReport(path, undefined, { forFix: true });
    const saved = '强化监督,压实责任。推进法制政府建设。用户刚刚保存的一句。\n';
    const run = writeFixed(path, doc.text, FIXED, doc.encoding, { read: doc.stamp!, beforeCommit: () => writeFileSync(path, saved) });
    await expect(run).rejects.toThrow(`${path}: cannot fix: the file changed while fixing (saved by another program?); run again`);
    expect(readFileSync(path, 'utf8')).toBe(saved);
    expect(readdirSync(dir)).toEqual(['报告.txt']); // neither the temporary file nor the lock stays
  });

  it('a save between the read and the write is "changed while fixing", not "does not re-encode"', async () => {
    const { path } = copy(DRAFT);
    const doc = await readReport(path, undefined, { forFix: true });
    writeFileSync(path, '强化监督,压实责任。另一版本。\n');
    await expect(writeFixed(path, doc.text, FIXED, doc.encoding, { read: doc.stamp! })).rejects.toThrow(/changed while fixing/);
    expect(readFileSync(path, 'utf8')).toBe('强化监督,压实责任。另一版本。\n');
  });

  it('a save of the same size with the old modification time put back is caught by the content hash', async () => {
    const { path } = copy(DRAFT);
    const before = statSync(path);
    const doc = await readReport(path, undefined, { forFix: true });
    const same = DRAFT.replace('压实', '落实');
    expect(Buffer.byteLength(same)).toBe(Buffer.byteLength(DRAFT));
    const run = writeFixed(path, doc.text, FIXED, doc.encoding, {
      read: doc.stamp!,
      beforeCommit: () => {
        writeFileSync(path, same);
        utimesSync(path, before.atime, before.mtime);
      },
    });
    await expect(run).rejects.toThrow(/changed while fixing/);
    expect(readFileSync(path, 'utf8')).toBe(same);
  });

  it('two fixes of one file at once: one writes, the other is refused; no fix vanishes silently', async () => {
    const { dir, path } = copy(DRAFT);
    const doc = await readReport(path, undefined, { forFix: true });
    const commas = '强化监督，压实责任。推进法制政府建设。\n';
    const terms = '强化监督,压实责任。推进法治政府建设。\n';
    const runs = await Promise.allSettled([
      writeFixed(path, doc.text, commas, doc.encoding, { read: doc.stamp! }),
      writeFixed(path, doc.text, terms, doc.encoding, { read: doc.stamp! }),
    ]);
    expect(runs.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = runs.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/another report-lint --fix \(process \d+\) is fixing this file|changed while fixing/);
    expect(readFileSync(path, 'utf8')).toBe(runs[0]!.status === 'fulfilled' ? commas : terms);
    expect(readdirSync(dir)).toEqual(['报告.txt']);
  });

  it('two CLI runs at once with different fixes: every run that succeeds has its fix in the file', async () => {
    // Large enough that the runs overlap; whatever the interleaving, no success may lose its fix.
    const { path } = copy(DRAFT.repeat(40_000));
    const run = (off: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, '--fix', '--rule', `${off}=off`, '--format', 'json', path], { env: { ...process.env, NO_COLOR: '1' } });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.stdout.resume();
        child.on('close', (code) => resolve({ code, stderr }));
      });
    const [commas, terms] = await Promise.all([run('outdated-term'), run('half-width-punctuation')]);
    const text = readFileSync(path, 'utf8');
    for (const [r, fixed] of [[commas, !text.includes(',')], [terms, !text.includes('法制政府')]] as const) {
      if (r.code === 2) expect(r.stderr).toMatch(/修复期间文件被改动|另一个 report-lint --fix/);
      else expect(fixed).toBe(true);
    }
  }, 60_000);

  it('a lock held by a running process refuses at once; a lock left by a dead one is removed', () => {
    const { dir, path } = copy(DRAFT);
    const lock = join(dir, '.报告.txt.report-lint.lock');
    writeFileSync(lock, `${process.pid}\n`); // this test runner: alive
    const held = cli(['--fix', path]);
    expect(held.code).toBe(2);
    expect(held.stderr).toBe(
      `report-lint: ${path}: 无法修复：另一个 report-lint --fix（进程 ${process.pid}）正在修复此文件；请在它结束后重新运行（如并无此进程，删除 ${lock}）\n`,
    );
    expect(readFileSync(path, 'utf8')).toBe(DRAFT);
    writeFileSync(lock, `${deadPid()}\n`);
    const r = cli(['--fix', path]);
    expect(r.stderr).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
    expect(readdirSync(dir)).toEqual(['报告.txt']);
  });

  it('refuses a FIFO at once instead of waiting for a writer for ever', (ctx) => {
    const { dir } = copy(DRAFT);
    const fifo = join(dir, 'pipe.txt');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      console.warn('skipped: no mkfifo');
      ctx.skip();
    }
    const r = spawnSync(process.execPath, [BIN, '--fix', fifo], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, NO_COLOR: '1' } });
    expect(r.signal).toBe(null); // not killed by the timeout
    expect(r.stderr).toBe(`report-lint: ${fifo}: 无法修复命名管道（FIFO）：--fix 只改写普通文件（--fix-dry-run 可查看修复内容）\n`);
    expect(r.status).toBe(2);
  });

  it('SIGTERM while the fixed file is written removes the temporary file and the lock', async () => {
    // 60 MB: the write, with its two reads and hashes, takes long enough to be caught in.
    const { dir, path } = copy(DRAFT + '甲'.repeat(20_000_000) + '\n');
    const child = spawn(process.execPath, [BIN, '--fix', '--format', 'json', path], { stdio: 'ignore' });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let caught = false;
    let done = false;
    void ended.then(() => (done = true));
    while (!done && !caught) {
      // The data's temporary file, not the lock's few bytes made under a temporary name.
      caught = readdirSync(dir).some((f) => f.endsWith('.tmp') && (statSync(join(dir, f), { throwIfNoEntry: false })?.size ?? 0) > 100);
      if (caught) child.kill('SIGTERM');
      else await new Promise((r) => setTimeout(r, 1));
    }
    expect(caught).toBe(true);
    expect(await ended).toBe('SIGTERM');
    expect(readdirSync(dir)).toEqual(['报告.txt']);
    expect(readFileSync(path, 'utf8').startsWith(DRAFT)).toBe(true); // as it was
  }, 60_000);

  it('a temporary file left by a killed run (SIGKILL) is recognised by its name and removed by the next run', () => {
    const { dir, path } = copy(DRAFT);
    const dead = deadPid();
    const left = `.报告.txt.report-lint-${dead}-0badc0de.tmp`;
    writeFileSync(join(dir, left), 'half a report');
    // Another file's, and one of a process still running, are not this run's to remove.
    writeFileSync(join(dir, `.其他.txt.report-lint-${dead}-0badc0de.tmp`), 'x');
    writeFileSync(join(dir, `.报告.txt.report-lint-${process.pid}-0badc0de.tmp`), 'x');
    expect(cli(['--fix', path]).stderr).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
    expect(readdirSync(dir).sort()).toEqual([`.其他.txt.report-lint-${dead}-0badc0de.tmp`, `.报告.txt.report-lint-${process.pid}-0badc0de.tmp`, '报告.txt'].sort());
    expect(existsSync(join(dir, left))).toBe(false);
  });
});
