import { describe, expect, it } from 'vitest';
import { lintText } from '../support/lint.js';

describe('repeated-sentence within one line', () => {
  it('points at the column of the first occurrence, not at its own line', () => {
    const text = '一、工作情况\n街道坚持依法行政，认真落实重大行政决策程序。开展普法活动48场次。街道坚持依法行政，认真落实重大行政决策程序。\n';
    const d = lintText(text, { profile: 'generic' }).diagnostics.find((x) => x.ruleId === 'repeated-sentence');
    expect(d?.message).toContain('与本行第1列处逐字重复');
    const en = lintText(text, { profile: 'generic', lang: 'en' }).diagnostics.find((x) => x.ruleId === 'repeated-sentence');
    expect(en?.message).toContain('repeats column 1 of this line');
  });
});
