import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
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

describe('collectPaths: a directory that cannot be listed', () => {
  const denied = (bad: string) => (dir: string) => {
    if (dir === bad) throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
    return readdirSync(dir, { withFileTypes: true });
  };

  it('stays in the list in its place, for the reader to report; the rest of the scan goes on', async () => {
    const dir = tmp();
    for (const sub of ['a', 'sub', 'z']) mkdirSync(join(dir, sub));
    writeFileSync(join(dir, 'a', 'one.txt'), '甲');
    writeFileSync(join(dir, 'sub', 'hidden.txt'), '乙');
    writeFileSync(join(dir, 'ok.txt'), '丙');
    writeFileSync(join(dir, 'z', 'two.md'), '丁');
    expect(await collectPaths([dir], denied(join(dir, 'sub')))).toEqual([
      join(dir, 'a', 'one.txt'),
      join(dir, 'ok.txt'),
      join(dir, 'sub'),
      join(dir, 'z', 'two.md'),
    ]);
  });

  it('so does the directory named, when it is the one that cannot be listed', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.txt'), '甲');
    expect(await collectPaths([dir], denied(dir))).toEqual([dir]);
  });
});
