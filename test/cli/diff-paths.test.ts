import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const CLEAN = 'fixtures/drafts/fazhi-clean.txt';

describe('report-lint diff: every path it cannot read is named', () => {
  it('two missing files: one line each, in order, exit 2', () => {
    expect(cli(['diff', 'nope1.txt', 'nope2.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'report-lint: nope1.txt: 找不到该文件或目录\nreport-lint: nope2.txt: 找不到该文件或目录\n',
    });
  });

  it('one missing file, old or new: that one line', () => {
    expect(cli(['diff', CLEAN, 'nope2.txt']).stderr).toBe('report-lint: nope2.txt: 找不到该文件或目录\n');
    expect(cli(['diff', 'nope1.txt', '-'], { input: '一、甲\n' }).stderr).toBe('report-lint: nope1.txt: 找不到该文件或目录\n');
  });

  it('the same missing file twice is named once', () => {
    expect(cli(['diff', 'nope.txt', './nope.txt']).stderr).toBe('report-lint: nope.txt: 找不到该文件或目录\n');
  });

  it('a path through a file is not a directory', () => {
    expect(cli(['diff', `${CLEAN}/x.txt`, 'nope.txt']).stderr).toBe(
      `report-lint: ${CLEAN}/x.txt: 路径中有一段不是目录\nreport-lint: nope.txt: 找不到该文件或目录\n`,
    );
  });
});
