import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/rules/registry.js';
import type { AnyRule } from '../../src/rules/rule.js';
import { lintText } from '../support/lint.js';
import { SEED } from '../support/paths.js';

/** The GB/T 15835 number-form rules: year-abbreviated, range-unit, numeral-consistency. */
const IDS = ['year-abbreviated', 'range-unit', 'numeral-consistency'] as const;
const rule = (id: string) => ruleById(id) as AnyRule;
const TITLE = '城中区2025年法治政府建设年度报告\n';

describe('GB/T 15835 number forms', () => {
  it.each(IDS.map((id) => [id]))('%s is a fixable warning', (id) => {
    expect(rule(id).severity).toBe('warning');
    expect(rule(id).fixable).toBe(true);
  });

  it('raise nothing on the seed', () => {
    const text = readFileSync(SEED, 'utf8');
    expect(lintText(text, { rules: IDS.map(rule) }).diagnostics).toEqual([]);
  });

  it('say what to write instead, in Chinese and in English', () => {
    const text = `${TITLE}25年1-11月，全区备案规范性文件117件，审核区级文件二十三件，群众满意度保持在63～68%。`;
    for (const id of IDS) {
      const [zh] = lintText(text, { rules: [rule(id)] }).diagnostics;
      const [en] = lintText(text, { rules: [rule(id)], lang: 'en' }).diagnostics;
      expect(zh?.message).toMatch(/应写作|写作“/);
      expect(en?.message).not.toMatch(/[请应]/);
      expect(zh?.fix?.text).toBeDefined();
    }
    const messages = lintText(text, { rules: IDS.map(rule) }).diagnostics.map((d) => d.message);
    expect(messages.join('\n')).toContain('“2025年”');
    expect(messages.join('\n')).toContain('“63%～68%”');
    expect(messages.join('\n')).toContain('“23件”');
  });

  it('year-abbreviated offers no fix when the century is a guess', () => {
    const [d] = lintText('25年3月，我局启动行政执法专项检查行动。', { rules: [rule('year-abbreviated')], profile: 'generic' }).diagnostics;
    expect(d?.fix).toBeUndefined();
    expect(d?.message).toContain('四位年份');
  });

  it('numeral-consistency leaves a report that counts in Chinese numerals throughout alone', () => {
    const text = `${TITLE}全年审核区级文件二十三件，受理行政复议案件一百二十件，备案规范性文件117件。`;
    // Two Chinese counts against one Arabic: the report's form is Chinese, nothing to report.
    expect(lintText(text, { rules: [rule('numeral-consistency')] }).diagnostics).toEqual([]);
  });
});
