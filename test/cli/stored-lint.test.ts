import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LintedReport } from '../../src/cli/actions/lint-report.js';
import { restoreLinted, storeLinted } from '../../src/cli/batch/stored-lint.js';
import { lintText } from '../support/lint.js';

/** A result as the cache receives it: its findings as plain JSON, as toJSON or a worker gives them. */
function linted(diagnostics: unknown[]): LintedReport {
  const result = { file: 'a.txt', encoding: 'utf-8', placeKind: 'line', profile: 'fazhi', year: 2025, title: 't', diagnostics, stats: { chars: 1, lines: 1, sections: 0, items: 0, indicators: 0, errors: 0, warnings: 0, infos: 0 } };
  return { result, warnings: 1, hidden: 0 } as unknown as LintedReport;
}

const position = fc.record({ offset: fc.nat(), line: fc.integer({ min: 1 }), column: fc.integer({ min: 1 }) });
const span = fc.record({ start: position, end: position });
const place = fc.record(
  {
    kind: fc.constant('paragraph' as const),
    paragraph: fc.integer({ min: 1 }),
    character: fc.integer({ min: 1 }),
    excerpt: fc.string(),
    page: fc.integer({ min: 1 }),
    line: fc.integer({ min: 1 }),
    column: fc.integer({ min: 1 }),
  },
  { requiredKeys: ['kind', 'paragraph', 'character', 'excerpt'] },
);
/** Any finding the Diagnostic schema allows, its keys in toJSON's order. */
const finding = fc
  .record({
    ruleId: fc.constantFrom('half-width-punctuation', 'rate-consistency', ''),
    messageId: fc.option(fc.constantFrom('mark', 'space', '-1'), { nil: undefined }),
    severity: fc.constantFrom('error', 'warning', 'info'),
    message: fc.constantFrom('中文中使用了半角“,”：应改为全角“，”。', '', '-1', '0'),
    span,
    place: fc.option(place, { nil: undefined }),
    fix: fc.option(fc.record({ span: fc.option(span, { nil: undefined }), text: fc.constantFrom('，', '', '-1', '0') }), { nil: undefined }),
    related: fc.option(fc.array(fc.record({ span, message: fc.string() }), { maxLength: 2 }), { nil: undefined }),
  })
  .map(({ messageId, place: where, fix, related, ...rest }) => ({
    ruleId: rest.ruleId,
    ...(messageId !== undefined ? { messageId } : {}),
    severity: rest.severity,
    message: rest.message,
    span: rest.span,
    ...(where ? { place: where } : {}),
    ...(fix ? { fix: { span: fix.span ?? rest.span, text: fix.text } } : {}),
    ...(related ? { related } : {}),
  }));

describe('a lint result as the cache keeps it', () => {
  it('comes back as the same JSON, key for key, whatever the findings', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 6 }), (diagnostics) => {
        const before = linted(diagnostics);
        // Through the cache file's JSON, as a re-run reads it.
        const after = restoreLinted(JSON.parse(JSON.stringify(storeLinted(before))));
        expect(JSON.stringify(after)).toBe(JSON.stringify(before));
      }),
    );
  });

  it('keeps a finding in far fewer characters than its JSON, and a repeated message once', () => {
    const diagnostics = lintText('全年办理案件100件,结案率95%,办结率98%,调解率90%,').diagnostics.map((d) => JSON.parse(JSON.stringify(d)) as unknown);
    expect(diagnostics.length).toBeGreaterThan(2);
    const stored = JSON.stringify(storeLinted(linted(diagnostics)));
    expect(stored.length * 2).toBeLessThan(JSON.stringify(linted(diagnostics)).length);
    expect(stored.split('应改为全角').length - 1).toBe(1);
  });

  it('is null for an entry it did not make, which is then linted again', () => {
    const good = storeLinted(linted([]));
    for (const junk of [null, 1, 'x', {}, { ...good, words: null }, { ...good, findings: [[0, -1, 0]] }, { ...good, findings: [[9, -1, 0, 0, 1, 1, 1, 1, 1, 1]] }, { ...good, linted: 'x' }]) {
      expect(restoreLinted(junk)).toBeNull();
    }
    expect(restoreLinted(good)).not.toBeNull();
  });
});
