import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiffOutput } from '../../src/schema/diff.js';
import { ExtractOutput } from '../../src/schema/extract.js';
import { LintOutput } from '../../src/schema/lint.js';
import { OutlineOutput } from '../../src/schema/output.js';
import { cli } from '../support/cli.js';
import { announceSkip, corpusFiles, SEED, SHARED } from '../support/paths.js';

announceSkip();

/** Every real report through every command, as a user runs them: no crash, valid output. */
describe.skipIf(!SHARED)('every corpus report through every command', () => {
  describe.each(corpusFiles().map((f) => [basename(f), f]))('%s', (_name, file) => {
    it('outline', () => {
      const r = cli(['outline', file, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(OutlineOutput.parse(JSON.parse(r.stdout)).reports[0]?.outline.sections.length).toBeGreaterThan(0);
    });

    it('extract', () => {
      const r = cli(['extract', file, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(ExtractOutput.parse(JSON.parse(r.stdout)).reports[0]?.indicators.length).toBeGreaterThan(0);
    });

    it('lint', () => {
      const r = cli(['lint', file, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.code);
      LintOutput.parse(JSON.parse(r.stdout));
    });

    it('diff against the seed', () => {
      const r = cli(['diff', SEED, file, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      DiffOutput.parse(JSON.parse(r.stdout));
    });
  });
});
