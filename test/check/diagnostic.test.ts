import { describe, expect, it } from 'vitest';
import { LintDiagnostic } from '../../src/check/diagnostic.js';
import { Diagnostic } from '../../src/schema/diagnostic.js';
import { createLocator } from '../../src/text/location.js';

describe('LintDiagnostic', () => {
  const text = '依法受理90件,审结70件。\n纠错率7.1%';
  const locate = createLocator(text);

  it('works out its positions when first read, once', () => {
    const d = new LintDiagnostic('half-width-punctuation', 'error', 'm', 7, 8, null, { start: 7, end: 8, text: '，' }, locate);
    expect(d.span).toEqual({ start: { offset: 7, line: 1, column: 8 }, end: { offset: 8, line: 1, column: 9 } });
    expect(d.span).toBe(d.span);
    expect(d.fix).toEqual({ span: d.span, text: '，' });
    expect(d.fix).toBe(d.fix);
    expect(d.fixRange).toEqual({ start: 7, end: 8, text: '，' });
  });

  it('keeps a fix of another range, copied from what the rule reported', () => {
    const reported = { start: 15, end: 18, text: '' };
    const d = new LintDiagnostic('x', 'warning', 'm', 13, 14, null, reported, locate);
    reported.start = 0; // a rule may reuse its report object
    expect(d.fixRange).toEqual({ start: 15, end: 18, text: '' });
    expect(d.fix?.span.start).toEqual({ offset: 15, line: 2, column: 1 });
  });

  it('serializes to the Diagnostic schema, without its offsets', () => {
    const d = new LintDiagnostic('x', 'info', 'm', 0, 2, null, null, locate);
    d.related = [{ span: locate.span(3, 5), message: 'r' }];
    const plain = JSON.parse(JSON.stringify(d));
    expect(Diagnostic.parse(plain)).toEqual(plain);
    expect(Object.keys(plain).sort()).toEqual(['message', 'related', 'ruleId', 'severity', 'span']);
  });
});
