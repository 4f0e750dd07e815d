import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../../src/format/csv.js';
import { cli } from '../support/cli.js';

describe('CSV for Excel: no formula injection', () => {
  it('a text cell starting with = + - @ tab or CR gets a leading quote and is quoted (OWASP)', () => {
    expect(csvLine(['=HYPERLINK("http://x","点击")', '+全年受理', '-下降', '@某某', '\t缩进', '\r回车'])).toBe(
      `"'=HYPERLINK(""http://x"",""点击"")","'+全年受理","'-下降","'@某某","'\t缩进","'\r回车"\r\n`,
    );
  });

  it('numbers stay numbers, negative ones too; ordinary text is untouched', () => {
    expect(csvLine([-3.5, 0, 12, '全年受理行政复议案件', '1,234件', null])).toBe('-3.5,0,12,全年受理行政复议案件,"1,234件",\r\n');
  });

  it('extract --format csv: a file name and a label that start with = + - @ come out as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-csv-'));
    writeFileSync(join(dir, '=HYPERLINK(1).txt'), '一、工作情况\n@信访局受理群众来信90件。\n');
    const r = cli(['extract', '.', '--format', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const [, row] = r.stdout.slice(1).trimEnd().split('\r\n');
    expect(row?.startsWith(`"'=HYPERLINK(1).txt",`)).toBe(true);
    expect(row).toContain(`,"'@信访局受理群众来信",90,件,`);
    expect(row).not.toMatch(/(^|,)[=+\-@]/);
  });
});
