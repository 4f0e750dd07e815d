import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectPaths, uniquePaths } from '../../src/read/collect.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'report-lint-collect-'));

describe('uniquePaths', () => {
  it('keeps the first spelling of each file and - once, in order', () => {
    expect(uniquePaths(['a.txt', '-', './a.txt', 'b/../a.txt', '/w/a.txt', 'c.md', '-'], '/w')).toEqual(['a.txt', '-', 'c.md']);
  });

  it('tells apart files that only look alike', () => {
    expect(uniquePaths(['a.txt', 'A.txt', 'sub/a.txt', './-'], '/w')).toEqual(['a.txt', 'A.txt', 'sub/a.txt', './-']);
  });
});

describe('collectPaths', () => {
  it('a file also found in a directory named is listed once', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), '甲');
    writeFileSync(join(dir, 'sub', 'b.md'), '乙');
    expect(await collectPaths([join(dir, 'a.txt'), dir, join(dir, 'sub')])).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.md')]);
  });
});
