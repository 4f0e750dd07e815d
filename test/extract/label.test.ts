import { describe, expect, it } from 'vitest';
import { scanIndicators } from '../../src/extract/index.js';

const first = (text: string) => {
  const [found] = scanIndicators(text);
  return found && { label: found.label, approx: found.approx, text: found.text };
};

describe('labels', () => {
  it('end before a prefix qualifier, which goes to approx (超过 约 近 逾 不到)', () => {
    expect(first('对世界经济增长贡献率超过30%。')).toEqual({ label: '世界经济增长贡献率', approx: '超过', text: '30%' }); // 对 is a filler
    expect(first('为受援群众挽回经济损失约2.1亿元。')).toEqual({ label: '为受援群众挽回经济损失', approx: '约', text: '2.1亿元' });
    expect(first('全年接待来访群众近3000人次。')).toEqual({ label: '接待来访群众', approx: '近', text: '3000人次' });
  });

  it('keep words that only end in a qualifier’s character (最近, 节约)', () => {
    expect(first('节约3000万元。')?.label).toBe('节约');
  });
});

describe('the counted noun after the number', () => {
  it('ends where the predicate starts (an adverb such as 全部, 已经)', () => {
    expect(first('全镇15个行政村（社区）全部建立法律顾问制度。')?.label).toBe('全镇行政村（社区）');
    expect(first('对4家单位开展督察。')?.label).toBe('单位开展督察'); // no adverb: the clause runs on
  });
});

describe('the trailing-filler guard', () => {
  it('knows the last character of every filler word it strips (共有, 分别达到, 控制在)', () => {
    expect(scanIndicators('全市人民调解委员会共有1530个。')[0]?.label).toBe('全市人民调解委员会');
    expect(scanIndicators('城镇登记失业率控制在3.2%。')[0]?.label).toBe('城镇登记失业率');
  });
});
