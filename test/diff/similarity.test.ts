import { describe, expect, it } from 'vitest';
import { labelKey, titleKey } from '../../src/diff/normalise.js';
import { rarityWeights } from '../../src/diff/rarity.js';
import { dice, diceOf, Vocabulary } from '../../src/diff/similarity.js';

describe('bigram Dice similarity', () => {
  it('is 1 for equal texts and 0 for texts with nothing in common', () => {
    expect(dice('行政复议', '行政复议')).toBe(1);
    expect(dice('行政复议', '棚户改造')).toBe(0);
    expect(dice('', '')).toBe(0);
  });

  it('counts shared bigrams: 受理案件 / 审结案件 share 案件 only', () => {
    // {受理, 理案, 案件} and {审结, 结案, 案件}: 2·1 / 6
    expect(dice('受理案件', '审结案件')).toBeCloseTo(1 / 3);
  });

  it('compares one-character texts by their character', () => {
    expect(dice('人', '人')).toBe(1);
    expect(dice('人', '件')).toBe(0);
  });

  it('counts repeated bigrams as often as they occur', () => {
    // {法治, 治法, 法治} against {法治}: 2·1 / 4
    expect(dice('法治法治', '法治')).toBeCloseTo(0.5);
  });

  it('is symmetric', () => {
    expect(dice('法治政府建设', '法治社会建设')).toBe(dice('法治社会建设', '法治政府建设'));
  });

  it('weights rare bigrams above common ones', () => {
    const v = new Vocabulary();
    const labels = ['经济增长', '消费增长', '投资增长', '出口增长', '经济总量'].map((l) => v.bigrams(l));
    const rarity = rarityWeights(labels, v.size);
    // 增长 is in four labels of five; 经济 in two.
    expect(rarity[v.idOf('增长')]).toBeLessThan(rarity[v.idOf('经济')]!);
    const plain = diceOf(v.bigrams('消费增长'), v.bigrams('投资增长'));
    const weighted = diceOf(v.bigrams('消费增长'), v.bigrams('投资增长'), rarity);
    expect(weighted).toBeLessThan(plain);
  });
});

describe('what is compared', () => {
  it('leaves markers, punctuation and years out of titles', () => {
    expect(titleKey('（五）完善应急预案机制，提高依法处置能力')).toBe('完善应急预案机制提高依法处置能力');
    expect(titleKey('(五)完善应急预案机制,提高依法处置能力')).toBe('完善应急预案机制提高依法处置能力');
    expect(titleKey('一、2015年工作回顾')).toBe(titleKey('一、2017年工作回顾'));
    expect(titleKey('## 3. 下一步工作')).toBe('下一步工作');
    // Full-width digits, as in the 2009 政府工作报告.
    expect(titleKey('一、２００８年工作回顾')).toBe(titleKey('一、2011年工作回顾'));
  });

  it('leaves filler words out of labels: 依法受理 and 共受理 count the same thing', () => {
    expect(labelKey('依法受理')).toBe('受理');
    expect(labelKey('共受理')).toBe('受理');
    expect(labelKey('累计受众')).toBe('受众');
    expect(labelKey('调处成功率达')).toBe('调处成功率');
    // A label that is all filler stays as it is rather than vanishing.
    expect(labelKey('共')).toBe('共');
  });
});
