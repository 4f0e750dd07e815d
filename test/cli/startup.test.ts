import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONG_RUN_BYTES } from '../../src/cli/throughput.js';
import { BIN, SEED } from '../support/paths.js';

/**
 * Start-up is measured in `npm run bench`, never timed here; what a test can hold is that a run
 * does not load Node modules it does not need (each costs milliseconds of every start).
 */
function modulesLoadedBy(args: readonly string[], env: Record<string, string> = {}, stdout?: string): string[] {
  const out = join(mkdtempSync(join(tmpdir(), 'report-lint-startup-')), 'out.txt');
  const fd = openSync(stdout ?? out, 'w');
  const script = `
    const { loadCli } = require(${JSON.stringify(BIN)});
    const before = new Set(process.moduleLoadList);
    // At exit: main ends the process itself once its output is written.
    process.once('exit', () => {
      require('node:fs').writeSync(2, process.moduleLoadList.filter((m) => !before.has(m)).join('\\n'));
    });
    loadCli().cli.main(['node', 'report-lint', ...${JSON.stringify(args)}]);`;
  const r = spawnSync(process.execPath, ['-e', script], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  closeSync(fd);
  if (stdout === undefined) expect(readFileSync(out, 'utf8').length).toBeGreaterThan(0); // the run did write its results
  else expect(r.status, r.stderr).toBe(1); // the seed has errors: the run went through
  return r.stderr.split('\n').filter((m) => m.startsWith('NativeModule '));
}

const NOT_NEEDED = ['perf_hooks', 'crypto', 'fs/promises', 'net', 'tty', 'stream', 'internal/fs/sync_write_stream', 'child_process', 'worker_threads'];

describe('start-up', () => {
  it('a lint run writing to a file loads no stream, clock, crypto or terminal module', () => {
    const loaded = modulesLoadedBy([SEED, '--format', 'json']);
    for (const name of NOT_NEEDED) expect(loaded, name).not.toContain(`NativeModule ${name}`);
  });

  it('neither does an extract or outline run', () => {
    for (const command of ['extract', 'outline']) {
      const loaded = modulesLoadedBy([command, SEED]);
      for (const name of NOT_NEEDED) expect(loaded, `${command}: ${name}`).not.toContain(`NativeModule ${name}`);
    }
  });

  // /dev/null is a character device, as a terminal is: the question "is it a terminal?" must not
  // build process.stdout to find out (colour is asked for unless NO_COLOR is set).
  it.skipIf(process.platform === 'win32')('nor a lint run writing to /dev/null, colour not turned off', () => {
    const loaded = modulesLoadedBy([SEED], { NO_COLOR: '' }, '/dev/null');
    for (const name of NOT_NEEDED) expect(loaded, name).not.toContain(`NativeModule ${name}`);
  });

  it('a megabyte of reports is what loads node:v8, to set the compiler for throughput', () => {
    const seed = readFileSync(SEED);
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-long-'));
    const big = join(dir, '长.txt');
    writeFileSync(big, Buffer.concat(Array.from({ length: Math.ceil(LONG_RUN_BYTES / seed.length) }, () => seed)));
    expect(modulesLoadedBy(['extract', big, '-f', 'jsonl'])).toContain('NativeModule v8');
    expect(modulesLoadedBy(['extract', SEED, '-f', 'jsonl'])).not.toContain('NativeModule v8');
  });

  it('TIMING=1 is what loads the clock', () => {
    expect(modulesLoadedBy([SEED], { TIMING: '1' }).some((m) => m.includes('perf'))).toBe(true);
  });
});
