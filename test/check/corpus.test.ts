import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { lintText } from '../support/lint.js';
import { corpusFiles, SHARED, announceSkip } from '../support/paths.js';

announceSkip();

/**
 * Real reports: every one lints without a crash, and the 政府工作报告 (published, edited texts)
 * raise no errors and few warnings. The counts by rule are printed to look at what fires.
 */
describe.skipIf(!SHARED)('lint over the shared corpus', () => {
  const files = corpusFiles();

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
    if (name.includes('gzbg')) {
      expect(profile).toBe('gzbg');
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(diagnostics.filter((d) => d.severity === 'warning').length).toBeLessThanOrEqual(10);
    } else {
      expect(profile).toBe('fazhi');
    }
  });
});
