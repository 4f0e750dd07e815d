import { describe, expect, it } from 'vitest';
import { BOUND_LAST, BOUND_WORDS, targetBound } from '../../src/extract/target.js';

describe('targetBound', () => {
  it('reads the bound word before the number (不超过3%, 不低于90%, 控制在3%以内)', () => {
    expect(targetBound('财政赤字率不超过', '', null, null, false)).toBe('at-most');
    expect(targetBound('出庭应诉率不低于', '', null, null, false)).toBe('at-least');
    expect(targetBound('力争达到', '', null, null, false)).toBe('at-least');
    expect(targetBound('居民消费价格涨幅控制在', '', null, '左右', false)).toBe('about');
    expect(targetBound('居民消费价格涨幅控制在', '', null, null, false)).toBeNull(); // a result, in a review of the year
    expect(targetBound('审结', '', null, null, false)).toBeNull();
  });

  it('checks the last character before the regexes, so every bound word must end in one of BOUND_LAST', () => {
    for (const re of BOUND_WORDS) {
      const words = re.source.replace(/^\(\?:/, '').replace(/\)\$$/, '').split('|');
      for (const word of words) expect(BOUND_LAST, `${word} in ${re.source}`).toContain(word.at(-1));
    }
  });
});
