import { createTwoFilesPatch } from 'diff';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/check/patch.js';

describe('unifiedDiff', () => {
  // Texts whose lines a fix changes in place: the linear diff must give what the general one does.
  const cases: Array<[string, string]> = [
    ['a\nb,\nc\nd\ne\nf,\n', 'a\nb，\nc\nd\ne\nf，\n'],
    ['a,\nb\nc\nd,', 'a，\nb\nc\nd，'],
    ['a\nb\nc,\nd\ne\nf\ng,\nh', 'a\nb\nc，\nd\ne\nf\ng，\nh'],
    ['a,\nb,\nc,\nd\n', 'a，\nb，\nc，\nd\n'],
    ['\uFEFF第一行,测试。\n第二行。\n', '\uFEFF第一行，测试。\n第二行。\n'],
  ];

  it.each(cases)('is the unified diff of the diff package (%#)', (before, after) => {
    expect(unifiedDiff('/x.txt', before, after)).toBe(createTwoFilesPatch('/x.txt', '/x.txt', before, after, undefined, undefined, { context: 1 }));
    expect(unifiedDiff('x.txt', before, after)).toBe(createTwoFilesPatch('a/x.txt', 'b/x.txt', before, after, undefined, undefined, { context: 1 }));
  });

  it('falls back to the general diff when a fix adds or removes a line', () => {
    expect(unifiedDiff('/x.txt', 'a\nb\n', 'a\n')).toBe(createTwoFilesPatch('/x.txt', '/x.txt', 'a\nb\n', 'a\n', undefined, undefined, { context: 1 }));
  });

  it('takes time linear in the text when every line changes (a hang guard; speed is measured by the bench)', () => {
    const before = '工作,推进。\n'.repeat(200_000);
    const after = '工作，推进。\n'.repeat(200_000);
    expect(unifiedDiff('/x.txt', before, after).length).toBeGreaterThan(before.length * 2);
  }, 20_000);
});
