import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BARE_PART, matchPartLine, TIMED_PART, WHEN } from '../../src/outline/part.js';

// The titles of unnumbered parts were one pattern; they are matched as three smaller ones (a time
// and a form tried at each split, or a bare form), which V8 compiles in a fifth of the time. The
// one pattern is the reference: both must say the same of every line.
const whole = new RegExp(`^(?:${WHEN}(?:${TIMED_PART.join('|')})|${BARE_PART.join('|')})$`);
const isPart = (line: string) => matchPartLine(line, 0, line.length)?.style === 'part' && matchPartLine(line, 0, line.length)?.marker === '';

// Lines that are titles, then the same cut, lengthened or joined, which mostly are not.
const title = fc.stringMatching(whole).filter((t) => t.length <= 48);
const edited = fc.oneof(
  title,
  fc.tuple(title, fc.nat(), fc.nat()).map(([t, a, b]) => t.slice(Math.min(a, b) % t.length, Math.max(a, b) % (t.length + 1) || t.length)),
  fc.tuple(title, fc.constantFrom('的', '和', '工作', '年', '2024', '一', '主要')).map(([t, w]) => t + w),
  fc.tuple(fc.constantFrom('一、', '的', '进一步', '主要', '年'), title).map(([w, t]) => w + t),
  fc.tuple(title, title).map(([a, b]) => a + b).filter((t) => t.length <= 48),
);

describe('unnumbered part titles', () => {
  it('are what the one pattern of them says, line for line', () => {
    fc.assert(
      fc.property(edited, (line) => {
        expect(isPart(line)).toBe(whole.test(line));
      }),
      { numRuns: 20_000 },
    );
  });

  it('take the longest time there is before a form', () => {
    for (const line of ['过去一年和五年工作回顾', '2024年度重点工作任务', '今后一个时期主要任务', '下一阶段工作安排', '第四季度重点工作', '存在的问题和不足及原因']) {
      expect([line, isPart(line)]).toEqual([line, true]);
    }
    for (const line of ['过去一年和五年', '工作回顾', '2024年度', '一、2024年工作回顾', '2024年工作回顾和展望']) {
      expect([line, isPart(line)]).toEqual([line, false]);
    }
  });
});
