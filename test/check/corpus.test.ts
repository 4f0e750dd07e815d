import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { lintText } from '../support/lint.js';
import { corpusFiles, SHARED, announceSkip } from '../support/paths.js';

announceSkip();

/**
 * Real reports: every one lints without a crash, at places inside the text, as the kind of report
 * the manifest says it is. The counts by rule are printed to look at what fires; what each finding
 * is worth is judged one by one in verdicts.test.ts (published reports have real defects too:
 * half-width colons, a 》 with no 《).
 */
// The manifest's kind of report → the profile it must be linted as; a department's work summary
// (工作总结及工作计划) is held to no report's parts.
const PROFILE_OF_KIND: Readonly<Record<string, string>> = {
  法治政府建设年度报告: 'fazhi',
  政府工作报告: 'gzbg',
};

function kinds(): Map<string, string> {
  const manifest = readFileSync(join(SHARED as string, 'corpus/MANIFEST.tsv'), 'utf8');
  return new Map(manifest.split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split('\t') as [string, string]).map(([f, k]) => [f, k]));
}

describe.skipIf(!SHARED)('lint over the shared corpus', () => {
  const files = corpusFiles();
  const kindOf = SHARED ? kinds() : new Map<string, string>();

  it('has reports', () => expect(files.length).toBeGreaterThan(3));

  it.each(files.map((f) => [basename(f), f]))('%s', (name, file) => {
    const { text } = decode(readFileSync(file));
    const { profile, diagnostics } = lintText(text);
    const counts: Record<string, number> = {};
    for (const d of diagnostics) counts[`${d.ruleId} (${d.severity})`] = (counts[`${d.ruleId} (${d.severity})`] ?? 0) + 1;
    console.info(`${name} [${profile}]: ${JSON.stringify(counts)}`);
    for (const d of diagnostics) {
      expect(d.span.start.offset).toBeLessThanOrEqual(d.span.end.offset);
      expect(d.span.end.offset).toBeLessThanOrEqual(text.length);
    }
    expect(profile).toBe(PROFILE_OF_KIND[kindOf.get(name) ?? ''] ?? 'generic');
  });
});
