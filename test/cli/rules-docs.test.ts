import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { ROOT } from '../support/paths.js';

/** docs/rules.md and docs/rules.en.md are generated from the rules' metadata (scripts/docs-rules.mjs). */
describe('the rules reference', () => {
  it.each([
    ['zh', 'docs/rules.md'],
    ['en', 'docs/rules.en.md'],
  ])('%s: %s is up to date (else run node scripts/docs-rules.mjs)', (lang, file) => {
    const generated = cli(['rules', '--format', 'markdown', '--lang', lang]).stdout;
    expect(readFileSync(join(ROOT, file), 'utf8')).toBe(generated);
    expect(generated).toContain('## half-width-punctuation');
  });
});
