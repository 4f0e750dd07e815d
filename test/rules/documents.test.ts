import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, fixUntilStable } from '../../src/check/fix.js';
import { RULES } from '../../src/rules/registry.js';
import { lintText } from '../support/lint.js';
import { ROOT } from '../support/paths.js';
import { readRuleDocument } from './documents.js';

const DIR = join(ROOT, 'fixtures/rules');

describe('every rule has a test document with passing and failing cases', () => {
  it.each(RULES.map((r) => [r.id]))('%s', (id) => {
    const path = join(DIR, `${id}.txt`);
    expect(existsSync(path), `fixtures/rules/${id}.txt`).toBe(true);
    const cases = readRuleDocument(path);
    expect(cases.some((c) => c.expected.length === 0), 'a case that passes').toBe(true);
    expect(cases.some((c) => c.expected.length > 0), 'a case that fails').toBe(true);
  });

  it('has no document for a rule that does not exist', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const file of readdirSync(DIR)) expect(ids.has(file.replace(/\.txt$/, '')), file).toBe(true);
  });
});

for (const rule of RULES) {
  const path = join(DIR, `${rule.id}.txt`);
  if (!existsSync(path)) continue;
  describe(`rule ${rule.id}`, () => {
    for (const c of readRuleDocument(path)) {
      it(`${c.name} (line ${c.line})`, async () => {
        const lint = (text: string) =>
          lintText(text, { rules: [rule], ...(c.profile ? { profile: c.profile } : {}), ...(c.options ? { options: c.options } : {}) });
        const { diagnostics } = lint(c.text);
        for (const e of c.expected) expect(e, 'a finding is written line:column/messageId').toMatch(/^\d+:\d+\/\w+$/);
        const found = diagnostics.map((d) => `${d.span.start.line}:${d.span.start.column}/${d.messageId}`);
        expect(found, diagnostics.map((d) => d.message).join('\n')).toEqual(c.expected);
        for (const d of diagnostics) {
          expect(d.ruleId).toBe(rule.id);
          expect(Object.keys(rule.messages)).toContain(d.messageId);
          expect(d.message.length).toBeGreaterThan(5);
          if (d.fix) expect(rule.fixable).toBe(true);
        }
        if (c.fixed !== undefined) {
          const fixesOf = (text: string) =>
            lint(text).diagnostics.flatMap((d) => (d.fix ? [{ start: d.fix.span.start.offset, end: d.fix.span.end.offset, text: d.fix.text }] : []));
          const fixed = await fixUntilStable(c.text, fixesOf);
          expect(fixed.text).toBe(c.fixed);
          // Idempotent: the fixed text has nothing left to fix.
          expect(applyEdits(fixed.text, fixesOf(fixed.text)).applied).toEqual([]);
        }
      });
    }
  });
}
