import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../support/paths.js';

/**
 * Reports with hundreds of thousands of headings, run in a child process whose heap is capped
 * at 256 MB: each command ends with its result, or refuses in one line (exit 2), never with
 * V8's native out-of-memory trace (exit 134). The outline once held about 500 bytes a section.
 */
const HEAP = '--max-old-space-size=256';
const SLOW = 90_000; // two shared cores: a run takes 5–20 s

function run(args: readonly string[]) {
  const r = spawnSync(process.execPath, [HEAP, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** A run whose output goes to a file, as `> out.json`: output longer than a pipe's buffer may hold. */
function runToFile(args: readonly string[], out: string) {
  const fd = openSync(out, 'w');
  try {
    const r = spawnSync(process.execPath, [HEAP, BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', fd, 'pipe'] });
    return { code: r.status, signal: r.signal, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

/** The first and last characters of a file too long to read into one string. */
function ends(file: string, n: number): { head: string; tail: string } {
  const bytes = readFileSync(file);
  return { head: bytes.subarray(0, n).toString('utf8'), tail: bytes.subarray(bytes.length - n).toString('utf8') };
}

const CN = '一二三四五六七八九十';
/** 一 … 九十九, then again: enough numerals for generated headings. */
function chinese(n: number): string {
  const k = (n % 99) + 1;
  if (k <= 10) return CN[k - 1] as string;
  const tens = Math.floor(k / 10);
  const units = k % 10;
  return `${tens > 1 ? CN[tens - 1] : ''}十${units ? CN[units - 1] : ''}`;
}

function markdownReport(headings: number): string {
  const parts = ['# 某区2024年法治政府建设情况报告\n\n'];
  for (let i = 1; i <= headings; i++) parts.push(`## 抓好第${i}批行政执法事项\n\n坚持依法办事，规范执法程序。\n\n`);
  return parts.join('');
}

/** 一、 over （一） over 1., each heading on its own line with a sentence under the numbered ones. */
function numberedReport(headings: number): string {
  const lines = ['某县2024年度工作总结', ''];
  for (let i = 0; i < headings; i++) {
    const r = i % 8;
    if (r === 0) lines.push(`${chinese(Math.floor(i / 8))}、深化第${i}项改革`);
    else if (r < 4) lines.push(`（${chinese(r - 1)}）健全工作机制`);
    else lines.push(`${r - 3}.落实第${i}项任务。按期推进，注重实效。`);
  }
  return `${lines.join('\n')}\n`;
}

const noNativeTrace = (r: { code: number | null; signal: string | null; stderr: string }) => {
  expect(r.signal).toBeNull();
  expect(r.code).not.toBe(134);
  expect(r.stderr).not.toMatch(/FATAL ERROR|heap out of memory|JavaScript heap/);
};

describe('huge outlines under a 256 MB heap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-huge-'));
  // The reports and JSON written here are over a gigabyte together.
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lints a Markdown report of 400,000 ## headings', { timeout: SLOW }, () => {
    const file = join(dir, 'many-headings.md');
    writeFileSync(file, markdownReport(400_000));
    const r = run(['lint', file]);
    noNativeTrace(r);
    expect([0, 1]).toContain(r.code);
    if (r.code === 1) expect(r.stdout).toContain(file);
  });

  it('outlines the same Markdown report: every heading is a section', { timeout: SLOW }, () => {
    const file = join(dir, 'many-headings.md');
    const r = run(['outline', file]);
    noNativeTrace(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('抓好第400000批行政执法事项');
  });

  it('writes the outline of the same Markdown report as JSON, some 300 MB, longer than a string may be', { timeout: SLOW }, () => {
    const file = join(dir, 'many-headings.md');
    const out = join(dir, 'many-headings.outline.json');
    const r = runToFile(['outline', '--format', 'json', file], out);
    noNativeTrace(r);
    expect(r.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(2 ** 28);
    const { head, tail } = ends(out, 2000);
    expect(head).toMatch(/^\{\n  "schemaVersion": 1,\n  "tool": "report-lint",\n  "command": "outline",/);
    expect(tail).toContain('"title": "抓好第400000批行政执法事项"');
    expect(tail).toMatch(/\n    \}\n  \]\n\}\n$/);
  });

  it('lints the same Markdown report to JSON, its outline and findings written in pieces', { timeout: SLOW }, () => {
    const file = join(dir, 'many-headings.md');
    const out = join(dir, 'many-headings.lint.json');
    const r = runToFile(['lint', '--format', 'json', file], out);
    noNativeTrace(r);
    expect([0, 1]).toContain(r.code);
    expect(statSync(out).size).toBeGreaterThan(2 ** 28);
    const { head, tail } = ends(out, 2000);
    expect(head).toMatch(/^\{\n  "schemaVersion": 1,\n  "tool": "report-lint",\n  "command": "lint",/);
    expect(tail).toMatch(/\n  "summary": \{[^]*\n  \}\n\}\n$/);
  });

  it('refuses in one line to diff two such Markdown reports, before reading the second', { timeout: SLOW }, () => {
    const file = join(dir, 'many-headings.md');
    const r = run(['diff', file, file]);
    noNativeTrace(r);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lints a text report of 200,000 numbered headings, and refuses to diff it with itself in one line', { timeout: SLOW }, () => {
    const file = join(dir, 'many-numbered.txt');
    writeFileSync(file, numberedReport(200_000));
    const lint = run(['lint', file]);
    noNativeTrace(lint);
    expect([0, 1]).toContain(lint.code);
    expect(lint.stdout).toContain(file);

    const diff = run(['diff', '--lang', 'en', file, file]);
    noNativeTrace(diff);
    expect(diff.code).toBe(2);
    expect(diff.stderr.trim().split('\n')).toHaveLength(1);
    expect(diff.stderr).toMatch(/too large to compare within the memory limit: 400000 headings.*max-old-space-size=\d+/);
  });
});
