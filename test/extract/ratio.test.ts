import { describe, expect, it } from 'vitest';
import { scanRaw } from '../../src/extract/index.js';
import { Indicator } from '../../src/schema/indicator.js';

describe('ratios', () => {
  it('keep both sides, with the value left ÷ right', () => {
    const [r] = scanRaw('全县城乡居民收入比缩小到1.86∶1。');
    expect(r).toMatchObject({ kind: 'ratio', value: 1.86, unit: '∶', ratio: { left: 1.86, right: 1 }, label: '全县城乡居民收入比' });
    const [s] = scanRaw('全市生师比为1:3.4。');
    expect(s?.ratio).toEqual({ left: 1, right: 3.4 });
    expect(s?.value).toBeCloseTo(1 / 3.4, 9);
  });

  it('are a kind of the Indicator schema, with their sides', () => {
    expect(Indicator.shape.kind.parse('ratio')).toBe('ratio');
    expect(Indicator.shape.ratio.parse({ left: 2.04, right: 1 })).toEqual({ left: 2.04, right: 1 });
  });

  it('are not read in clock times or codes', () => {
    expect(scanRaw('座谈会于上午10:30开始，按4:3:3比例分配。')).toEqual([]);
  });
});
