import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/cli/load.js';
import { extractIndicators } from '../../src/extract/index.js';
import { readReport } from '../../src/read/file.js';
import { announceSkip, ROOT, SHARED } from '../support/paths.js';

/**
 * An independent reviewer's verdicts on the labels of 200 figures drawn at random from the shared
 * corpus (fixtures/gold/labels/: good, partial or wrong, with a better label and the phenomenon,
 * sentences left out). The labels judged good must stay as they were: a change to the labeller
 * that spoils one fails here. Partial and wrong ones are the work list; their count is printed.
 */
const VERDICTS = join(ROOT, 'fixtures/gold/labels/judged-2026-12-03.tsv');
const rows = readFileSync(VERDICTS, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [n, file, l, c, text, label, verdict, better] = line.split('\t') as string[];
    return { n, file: file as string, line: Number(l), column: Number(c), text, label, verdict, better };
  });
announceSkip();
// How the reviewer wrote that a figure is none.
const NOT_AN_INDICATOR = '（not an indicator';

describe.skipIf(!SHARED)('labels an independent reviewer judged on real reports', () => {
  const byFile = new Map<string, typeof rows>();
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);

  it.each([...byFile.keys()])('%s: every label judged good is given as it was', async (file) => {
    const loaded = await analyse(await readReport(join(SHARED as string, 'corpus', file)));
    const found = extractIndicators(loaded.doc.text, loaded.outline, loaded.locator);
    const at = new Map(found.map((i) => [`${i.span.start.line}:${i.span.start.column}`, i]));
    let improved = 0;
    for (const r of byFile.get(file) ?? []) {
      const i = at.get(`${r.line}:${r.column}`);
      // A number the reviewer found to be no indicator at all (3人 of 3人制篮球场) must not be one.
      if (r.better?.startsWith(NOT_AN_INDICATOR)) {
        expect(i, `#${r.n} ${r.text} at ${r.line}:${r.column} is no indicator`).toBeUndefined();
        improved++;
        continue;
      }
      expect(i?.text, `#${r.n} ${r.text} at ${r.line}:${r.column}`).toBe(r.text);
      if (r.verdict === 'good') expect(i?.label, `#${r.n} ${r.text}`).toBe(r.label);
      else if (r.better && i?.label === r.better) improved++;
    }
    if (improved > 0) console.log(`${file}: ${improved} label(s) judged partial or wrong now read as the reviewer would have them`);
  });

  it('holds the verdicts as judged: 132 good, 56 partial, 12 wrong of 200', () => {
    const count = (v: string) => rows.filter((r) => r.verdict === v).length;
    expect([rows.length, count('good'), count('partial'), count('wrong')]).toEqual([200, 132, 56, 12]);
  });
});
