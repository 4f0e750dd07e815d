import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, fixUntilStable } from '../../src/check/fix.js';
import { unifiedDiff } from '../../src/check/patch.js';

describe('applyEdits', () => {
  it('applies non-overlapping edits in one pass, in any order given', () => {
    const text = '受理90件,审结70件,纠错率7.1%';
    const first = text.indexOf(',');
    const second = text.lastIndexOf(',');
    const r = applyEdits(text, [
      { start: second, end: second + 1, text: '，' },
      { start: first, end: first + 1, text: '，' },
    ]);
    expect(r.text).toBe('受理90件，审结70件，纠错率7.1%');
    expect(r.applied.map((e) => e.start)).toEqual([first, second]);
  });

  it('leaves an overlapping edit for the next pass, and skips edits that change nothing', () => {
    const r = applyEdits('abcdef', [
      { start: 1, end: 3, text: 'X' },
      { start: 2, end: 4, text: 'Y' },
      { start: 5, end: 6, text: 'f' },
    ]);
    expect(r.text).toBe('aXdef');
    expect(r.applied).toHaveLength(1);
  });

  it('never applies two insertions at the same point in one pass', () => {
    expect(applyEdits('ab', [{ start: 1, end: 1, text: 'X' }, { start: 1, end: 1, text: 'Y' }]).text).toBe('aXb');
  });

  it('keeps every character outside the edits (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.array(fc.nat(39), { maxLength: 8 }), (text, points) => {
        const edits = points.filter((p) => p < text.length).map((p) => ({ start: p, end: p + 1, text: '＊' }));
        const { text: out, applied } = applyEdits(text, edits);
        expect(out.length).toBe(text.length);
        const touched = new Set(applied.map((e) => e.start));
        for (let i = 0; i < text.length; i++) if (!touched.has(i)) expect(out[i]).toBe(text[i]);
      }),
    );
  });
});

describe('fixUntilStable', () => {
  it('re-lints and applies what overlapped, until nothing is left', async () => {
    // A fixer that collapses one doubled letter per call, overlapping itself.
    const fixesOf = (text: string) => {
      const m = /(.)\1/.exec(text);
      return m ? [{ start: m.index, end: m.index + 2, text: m[1] as string }] : [];
    };
    const r = await fixUntilStable('aaaab', fixesOf);
    expect(r.text).toBe('ab');
    expect(r.passes).toBe(3);
  });

  it('does nothing on text with nothing to fix', async () => {
    expect(await fixUntilStable('abc', () => [])).toEqual({ text: 'abc', passes: 0, edits: 0 });
  });
});

describe('unifiedDiff', () => {
  it('is a git-style patch of the changed lines', () => {
    const patch = unifiedDiff('报告.txt', '一、工作\n受理90件,审结70件\n二、问题\n', '一、工作\n受理90件，审结70件\n二、问题\n');
    expect(patch).toContain('--- a/报告.txt');
    expect(patch).toContain('+++ b/报告.txt');
    expect(patch).toContain('-受理90件,审结70件');
    expect(patch).toContain('+受理90件，审结70件');
    expect(unifiedDiff('x', 'same', 'same')).toBe('');
  });

  it('keeps an absolute path as it is', () => {
    const patch = unifiedDiff('/tmp/报告.txt', '受理90件,审结\n', '受理90件，审结\n');
    expect(patch).toContain('--- /tmp/报告.txt');
    expect(patch).toContain('+++ /tmp/报告.txt');
  });
});
