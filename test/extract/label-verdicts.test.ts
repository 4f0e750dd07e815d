import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/cli/load.js';
import { extractIndicators } from '../../src/extract/index.js';
import { readReport } from '../../src/read/file.js';
import { announceSkip, ROOT, SHARED } from '../support/paths.js';

/**
 * An independent reviewer's verdicts on the labels of figures drawn at random from the shared
 * corpus (fixtures/gold/labels/: good, partial or wrong, with a better label and the phenomenon,
 * sentences left out), one file per review, each a fresh sample of figures no earlier review
 * judged. The labels judged good must stay as they were: a change to the labeller that spoils one
 * fails here. Partial and wrong ones are the work list; how many now read as the reviewer would
 * have them is printed.
 */
const REVIEWS = [
  // 200 figures, judged on the labeller of 2026-12-03.
  { file: 'judged-2026-12-03.tsv', counts: { rows: 200, good: 132, partial: 56, wrong: 12 } },
  // 200 more, judged on the labeller of 2026-12-05 (caf0c18).
  { file: 'judged-2026-12-05.tsv', counts: { rows: 200, good: 154, partial: 40, wrong: 6 } },
];
// How the reviewer wrote that a figure is none (3人 of 3人制篮球场): gone is the better reading.
const NOT_AN_INDICATOR = '（not an indicator';

function verdicts(file: string) {
  return readFileSync(join(ROOT, 'fixtures/gold/labels', file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [n, report, l, c, text, label, verdict, better] = line.split('\t') as string[];
      return { n, file: report as string, line: Number(l), column: Number(c), text, label, verdict, better };
    });
}
announceSkip();

describe.each(REVIEWS)('labels an independent reviewer judged on real reports ($file)', ({ file, counts }) => {
  const rows = verdicts(file);
  const byFile = new Map<string, typeof rows>();
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);

  it.skipIf(!SHARED).each([...byFile.keys()])('%s: every label judged good is given as it was', async (report) => {
    const loaded = await analyse(await readReport(join(SHARED as string, 'corpus', report)));
    const found = extractIndicators(loaded.doc.text, loaded.outline, loaded.locator);
    const at = new Map(found.map((i) => [`${i.span.start.line}:${i.span.start.column}`, i]));
    let improved = 0;
    for (const r of byFile.get(report) ?? []) {
      const i = at.get(`${r.line}:${r.column}`);
      if (r.better?.startsWith(NOT_AN_INDICATOR)) {
        if (i === undefined) improved++;
        continue;
      }
      expect(i?.text, `#${r.n} ${r.text} at ${r.line}:${r.column}`).toBe(r.text);
      if (r.verdict === 'good') expect(i?.label, `#${r.n} ${r.text}`).toBe(r.label);
      else if (r.better && i?.label === r.better) improved++;
    }
    if (improved > 0) console.log(`${file} ${report}: ${improved} figure(s) judged partial or wrong now read as the reviewer would have them`);
  });

  it(`holds the verdicts as judged: ${counts.good} good, ${counts.partial} partial, ${counts.wrong} wrong of ${counts.rows}`, () => {
    const count = (v: string) => rows.filter((r) => r.verdict === v).length;
    expect({ rows: rows.length, good: count('good'), partial: count('partial'), wrong: count('wrong') }).toEqual(counts);
  });
});
