import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS } from '../../src/format/indicator-row.js';
import { ExtractOutput, IndicatorRow } from '../../src/schema/extract.js';
import { cli } from '../support/cli.js';
import { BIN, SEED } from '../support/paths.js';

function batchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-extract-'));
  writeFileSync(join(dir, 'a.txt'), '一、工作情况\n全年受理行政复议案件90件,审结70件。\n');
  writeFileSync(join(dir, 'b.md'), '## 一、法律援助\n\n办理法律援助案件1,234件，同比增长12.5%。\n');
  return dir;
}

describe('report-lint extract', () => {
  it('--format json: one record per report, valid against the schema', () => {
    const r = cli(['extract', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    const out = ExtractOutput.parse(JSON.parse(r.stdout));
    const [report] = out.reports;
    expect(report?.year).toBe(2025);
    expect(report?.indicators.length).toBeGreaterThan(55);
    const accepted = report?.indicators.find((i) => i.text === '90件');
    expect(accepted).toMatchObject({ value: 90, unit: '件', key: 'admin_reconsideration.accepted' });
    expect(accepted?.sectionPath[0]).toBe('一、工作进展情况');
  });

  it('--format jsonl: one valid row per indicator, across a directory', () => {
    const r = cli(['extract', batchDir(), '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trimEnd().split('\n').map((line) => IndicatorRow.parse(JSON.parse(line)));
    expect(rows.map((row) => [row.file.split('/').pop(), row.text, row.value])).toEqual([
      ['a.txt', '90件', 90],
      ['a.txt', '70件', 70],
      ['b.md', '1,234件', 1234],
      ['b.md', '12.5%', 12.5],
    ]);
    expect(rows[3]).toMatchObject({ kind: 'change', direction: 'up' });
  });

  it('--format csv: BOM, header, RFC 4180 quoting', () => {
    const r = cli(['extract', batchDir(), '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufefffile,year,section,')).toBe(true);
    const lines = r.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]?.split(',')).toEqual(Object.keys(IndicatorRow.shape));
    // 1,234件 has a comma: quoted.
    expect(lines[3]).toContain('"1,234件"');
  });

  it('the csv/jsonl columns are the row schema\'s keys, in order', () => {
    expect([...INDICATOR_COLUMNS]).toEqual(Object.keys(IndicatorRow.shape));
  });

  it('--format text names each indicator by place', () => {
    const r = cli(['extract', SEED]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}5:201\s+90件\s+2025年实绩\s+依法受理/m);
  });

  it('bad input is one line and exit 2; the good files still come out', () => {
    const r = cli(['extract', 'nope.txt', SEED, '--format', 'jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('report-lint: nope.txt: 找不到该文件或目录\n');
    expect(r.stdout.split('\n').length).toBeGreaterThan(50);
  });

  it('output piped to a reader that stops early (| head) ends quietly, without an error', () => {
    const command = `"${process.execPath}" "${BIN}" extract "${SEED}" "${SEED}" "${SEED}" --format jsonl | head -c 100 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', command], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stderr).toMatch(/^status [01]\n$/);
  });
});

