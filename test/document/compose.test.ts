import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/check/fix.js';
import { composeEdits } from '../../src/document/compose.js';

describe('fix passes composed into edits of the original text', () => {
  it('keeps separate edits apart and merges one that touches an earlier one', () => {
    const original = '各位代表,一年来,我们';
    const first = applyEdits(original, [{ start: 4, end: 5, text: '，' }]);
    const second = applyEdits(first.text, [{ start: 5, end: 5, text: '！' }, { start: 8, end: 9, text: '，' }]);
    const edits = composeEdits([original, first.text], [first.applied, second.applied]);
    expect(applyEdits(original, edits).text).toBe(second.text);
    expect(edits).toEqual([
      { start: 4, end: 5, text: '，！' },
      { start: 8, end: 9, text: '，' },
    ]);
  });

  it('gives the final text from the original for any passes', () => {
    const edit = (n: number) =>
      fc.record({ start: fc.nat(n), length: fc.nat(3), text: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), fc.array(fc.array(edit(20), { maxLength: 4 }), { maxLength: 4 }), (original, passes) => {
        const texts = [original];
        const applied = [];
        let text = original;
        for (const pass of passes) {
          const result = applyEdits(text, pass.map((e) => ({ start: Math.min(e.start, text.length), end: Math.min(e.start + e.length, text.length), text: e.text })));
          applied.push(result.applied);
          text = result.text;
          texts.push(text);
        }
        expect(applyEdits(original, composeEdits(texts, applied)).text).toBe(text);
      }),
    );
  });
});
