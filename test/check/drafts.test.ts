import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/cli/load.js';
import { lintReport } from '../../src/check/lint.js';
import { extractIndicators } from '../../src/extract/index.js';
import { readReport } from '../../src/read/file.js';
import { ROOT } from '../support/paths.js';

const DIR = join(ROOT, 'fixtures/drafts');
const drafts = readdirSync(DIR).filter((f) => /\.(?:txt|md)$/.test(f));

interface Expected {
  ruleId: string;
  line: number;
  column: number;
}

/**
 * fixtures/drafts/: each draft (.txt or .md) has a sidecar <name>.expected.json listing the
 * diagnostics report-lint must raise on it with the default configuration, as { ruleId, line,
 * column } with a note saying what was planted. Checked exactly: no more, no fewer. The *-clean
 * drafts are written to be clean and must raise nothing.
 */
describe('drafts with planted defects raise exactly what their sidecar lists', () => {
  it('has drafts', () => expect(drafts.length).toBeGreaterThanOrEqual(4));

  it.each(drafts.map((f) => [f]))('%s', async (name) => {
    const sidecar = join(DIR, name.replace(/\.(?:txt|md)$/, '.expected.json'));
    expect(existsSync(sidecar), `${sidecar}`).toBe(true);
    const expected = (JSON.parse(readFileSync(sidecar, 'utf8')) as Expected[]).map((e) => `${e.line}:${e.column} ${e.ruleId}`);
    const { doc, outline, locator } = await analyse(await readReport(join(DIR, name)));
    const { diagnostics } = lintReport({ text: doc.text, outline, locator, indicators: extractIndicators(doc.text, outline, locator) });
    expect(diagnostics.map((d) => `${d.span.start.line}:${d.span.start.column} ${d.ruleId}`)).toEqual(expected);
  });
});
