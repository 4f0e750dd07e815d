import { copyFileSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStamp } from '../../src/cli/batch/cache.js';
import { showsProgress } from '../../src/cli/batch/progress.js';
import { LINT_FORMATS } from '../../src/cli/options.js';
import { cli } from '../support/cli.js';
import { para, wordFile } from '../support/word.js';
import { announceSkip, SEED, SHARED } from '../support/paths.js';

const CLEAN = 'fixtures/drafts/fazhi-clean.txt';

/** A directory of reports with an unreadable one between them. */
function batchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rl-batch-'));
  copyFileSync(SEED, join(dir, 'a-seed.txt'));
  writeFileSync(join(dir, 'b-broken.txt'), Buffer.alloc(300)); // NUL bytes: not a text report
  copyFileSync(CLEAN, join(dir, 'c-clean.txt'));
  copyFileSync(SEED, join(dir, 'd-seed-again.txt'));
  return dir;
}

describe('--jobs: reports in worker threads, output in single-thread order', () => {
  it('one bad file is one error line in its place; the others are listed, exit 2, as with --jobs 1', () => {
    const dir = batchDir();
    const one = cli(['lint', dir, '--jobs', '1']);
    const two = cli(['lint', dir, '--jobs', '2']);
    expect(one.code).toBe(2);
    expect(two).toEqual(one);
    expect(two.stderr.trim().split('\n')).toHaveLength(1);
    expect(two.stderr).toContain('b-broken.txt');
    expect(two.stdout).toContain('a-seed.txt');
    expect(two.stdout).toContain('d-seed-again.txt');
    // Every format prints from what the worker sends back as from a result of this thread.
    for (const format of ['sarif', 'github', 'markdown']) expect(cli(['lint', dir, '-f', format, '--jobs', '2'])).toEqual(cli(['lint', dir, '-f', format, '--jobs', '1']));
  }, 60_000);

  it('says a bad --jobs as a usage error', () => {
    const r = cli(['lint', SEED, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
    expect(r.stderr).toMatch(/不小于 1/);
  });

  it('gives the corpus byte for byte as one thread does: lint (stylish, json) and extract (jsonl)', () => {
    announceSkip();
    if (!SHARED) return;
    const corpus = join(SHARED, 'corpus');
    for (const args of [['lint', corpus], ['lint', corpus, '-f', 'json'], ['extract', corpus, '-f', 'jsonl']]) {
      const one = cli([...args, '--jobs', '1']);
      const two = cli([...args, '--jobs', '2']);
      expect(two.code).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout === one.stdout).toBe(true); // not toEqual: a diff of megabytes helps no one
      expect(one.stdout.length).toBeGreaterThan(10_000);
    }
  }, 180_000);
});

describe('--cache', () => {
  it('prints the same output on a re-run from the cache, and lints a changed report again', () => {
    const dir = batchDir();
    const cache = join(dir, 'the-cache');
    const args = ['lint', dir, '--cache', '--cache-location', cache];
    const first = cli(args);
    expect(readFileSync(cache, 'utf8')).toMatch(/^\{"mark":"report-lint-cache"/);
    const second = cli(args);
    expect(second).toEqual(first);
    for (const format of LINT_FORMATS.filter((f) => f !== 'stylish')) {
      const stored = cli([...args, '-f', format]);
      expect(cli([...args, '-f', format]).stdout).toBe(stored.stdout);
      expect(stored.stdout).toBe(cli(['lint', dir, '-f', format]).stdout);
    }
    // A changed report and a changed rule setting are not taken from the cache.
    writeFileSync(join(dir, 'c-clean.txt'), `${readFileSync(CLEAN, 'utf8')}\n全年办理案件100件,结案率95%。\n`);
    const changed = cli(args);
    expect(changed.stdout).not.toBe(first.stdout);
    expect(changed.stdout).toBe(cli(['lint', dir]).stdout);
    const off = cli([...args, '--rule', 'half-width-punctuation=off']);
    expect(off.stdout).toBe(cli(['lint', dir, '--rule', 'half-width-punctuation=off']).stdout);
  }, 120_000);

  it('ignores a corrupt or foreign cache file with one warning line, and writes it anew', () => {
    const dir = batchDir();
    const cache = join(dir, 'the-cache');
    const expected = cli(['lint', dir]);
    for (const junk of ['{"mark":"report-lint-cache","shape":1,"entr', '{"version":"9.9.9","files":[]}', '\u0000\u0001']) {
      writeFileSync(cache, junk);
      const r = cli(['lint', dir, '--cache', '--cache-location', cache]);
      expect(r.stdout).toBe(expected.stdout);
      expect(r.code).toBe(expected.code);
      const warnings = r.stderr.split('\n').filter((l) => l.includes('the-cache'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/缓存文件 .* 无法使用/);
      expect(readFileSync(cache, 'utf8')).toMatch(/^\{"mark":"report-lint-cache"/);
    }
  }, 60_000);

  describe('stamps: size and modification time, as ESLint\'s default strategy', () => {
    /** The cache's entries, each [key, result, stamp?], by path. */
    const entriesOf = (cache: string) => (JSON.parse(readFileSync(cache, 'utf8')) as { entries: Record<string, unknown[]> }).entries;
    /** A report as a drafter leaves it: written, then not touched for a minute. */
    function settled(path: string, text: string, secondsAgo = 60): void {
      writeFileSync(path, text);
      const when = new Date(Date.now() - secondsAgo * 1000);
      utimesSync(path, when, when);
    }
    // The same bytes in another order: the half-width comma, a finding, moves.
    const before = `${readFileSync(CLEAN, 'utf8')}\n全年办理案件100件,结案率95%。\n`;
    const after = `${readFileSync(CLEAN, 'utf8')}\n全年办理案件100件。结案率95%,\n`;

    it('an unchanged stamp gives the stored result without reading the bytes (a same-size edit put back to the old time stays unseen, as in ESLint)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'rl-stamp-'));
      const report = join(dir, 'a.txt');
      settled(report, before);
      const cache = join(dir, 'c');
      const args = ['lint', dir, '--cache', '--cache-location', cache];
      const first = cli(args);
      expect(entriesOf(cache)[report]).toHaveLength(3);
      const { mtime } = statSync(report);
      writeFileSync(report, after);
      utimesSync(report, mtime, mtime);
      expect(statSync(report).size).toBe(Buffer.byteLength(before));
      expect(cli(args).stdout).toBe(first.stdout);
    });

    it('a same-size edit at a new time is read and linted again; the new stamp is kept', () => {
      const dir = mkdtempSync(join(tmpdir(), 'rl-stamp-'));
      const report = join(dir, 'a.txt');
      settled(report, before, 120);
      const cache = join(dir, 'c');
      const args = ['lint', dir, '--cache', '--cache-location', cache];
      const first = cli(args);
      const stamp = entriesOf(cache)[report]?.[2];
      settled(report, after, 60);
      const edited = cli(args);
      expect(edited.stdout).not.toBe(first.stdout);
      expect(edited.stdout).toBe(cli(['lint', dir]).stdout);
      expect(entriesOf(cache)[report]?.[2]).not.toBe(stamp);
      // Touched but unchanged: taken from the cache by its bytes, and the new stamp recorded.
      const touched = new Date(Date.now() - 30_000);
      utimesSync(report, touched, touched);
      expect(cli(args).stdout).toBe(edited.stdout);
      expect(entriesOf(cache)[report]?.[2]).toContain(`:${statSync(report).mtimeMs}:`);
    });

    it('a report modified within two seconds of the run keeps no stamp: it is read on the next run', () => {
      const dir = mkdtempSync(join(tmpdir(), 'rl-stamp-'));
      const report = join(dir, 'a.txt');
      // Its time half a minute ahead (a file from a machine whose clock runs fast): however slowly
      // the run starts, the time is never two seconds behind it.
      settled(report, before, -30);
      const cache = join(dir, 'c');
      cli(['lint', dir, '--cache', '--cache-location', cache]);
      expect(entriesOf(cache)[report]).toHaveLength(2);
    });

    it('trusts no time less than two seconds old, nor one ahead of the clock', () => {
      const dir = mkdtempSync(join(tmpdir(), 'rl-stamp-'));
      const report = join(dir, 'a.txt');
      settled(report, before, 0.5);
      expect(fileStamp(report, 'h')).toBeNull();
      settled(report, before, -30);
      expect(fileStamp(report, 'h')).toBeNull();
      settled(report, before, 5);
      expect(fileStamp(report, 'h')).toBe(`${statSync(report).size}:${statSync(report).mtimeMs}:h`);
      expect(fileStamp(join(dir, 'gone.txt'), 'h')).toBeNull();
    });
  });

  it('lints again a report whose stored result is damaged, and stores it anew', () => {
    const dir = batchDir();
    const cache = join(dir, 'the-cache');
    const args = ['lint', dir, '--cache', '--cache-location', cache];
    const first = cli(args);
    const file = JSON.parse(readFileSync(cache, 'utf8')) as { entries: Record<string, [string, unknown, string?]> };
    const seed = Object.keys(file.entries).find((p) => p.endsWith('a-seed.txt'))!;
    file.entries[seed]![1] = { linted: { result: {} }, words: [], findings: [[7, -1, 0, 0, 1, 1, 1, 1, 1, 1]] };
    writeFileSync(cache, JSON.stringify(file));
    expect(cli(args)).toEqual(first);
    expect(cli(args)).toEqual(first);
    const again = JSON.parse(readFileSync(cache, 'utf8')) as typeof file;
    expect(again.entries[seed]![1]).not.toEqual(file.entries[seed]![1]);
  }, 60_000);

  it('gives a Word file\'s findings, named by paragraph, from the cache as a first run does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-cache-word-'));
    writeFileSync(join(dir, 'a.docx'), await wordFile([para('东湖县2025年法治政府建设年度报告'), para('一、主要工作'), para('全年办理行政复议案件135件,同比增长12%。')]));
    for (const format of ['stylish', 'json']) {
      const args = ['lint', dir, '-f', format, '--cache', '--cache-location', join(dir, `c-${format}`)];
      const first = cli(args);
      expect(first.stdout).toMatch(format === 'json' ? /"place": \{\s*"kind": "paragraph"/ : /第3段/);
      expect(cli(args)).toEqual(first);
    }
  }, 60_000);

  it('serves extract from the cache byte for byte', () => {
    const dir = batchDir();
    for (const format of ['jsonl', 'csv']) {
      const args = ['extract', dir, '-f', format, '--cache', '--cache-location', join(dir, `c-${format}`)];
      const first = cli(args);
      expect(first.stdout.length).toBeGreaterThan(1000);
      expect(cli(args)).toEqual(first);
    }
  });
});

describe('the progress bar', () => {
  const base = { terminal: true, env: {}, format: 'stylish', files: 51, elapsedMs: 0 };
  it('shows for a long batch on a terminal', () => {
    expect(showsProgress(base)).toBe(true);
    expect(showsProgress({ ...base, files: 3, elapsedMs: 2500 })).toBe(true);
  });
  it('never in a pipe, in CI, for programs (json, jsonl), or for a short batch', () => {
    expect(showsProgress({ ...base, terminal: false })).toBe(false);
    expect(showsProgress({ ...base, env: { CI: 'true' } })).toBe(false);
    expect(showsProgress({ ...base, env: { CI: '' } })).toBe(false);
    expect(showsProgress({ ...base, format: 'json' })).toBe(false);
    expect(showsProgress({ ...base, format: 'jsonl' })).toBe(false);
    expect(showsProgress({ ...base, files: 50, elapsedMs: 1999 })).toBe(false);
  });
});
