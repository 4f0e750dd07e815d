import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

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
});
