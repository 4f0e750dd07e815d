import { defineRule } from './rule.js';
import { sectionStart } from '../outline/section.js';

export const headingArabicComma = defineRule({
  id: 'heading-arabic-comma',
  description: {
    zh: '阿拉伯数字序号后用了顿号（“1、”应为“1.”）',
    en: 'An Arabic heading number followed by 、 (“1、” should be “1.”)',
  },
  severity: 'warning',
  tags: ['structure', 'punctuation'],
  fixable: true,
  messages: {
    comma: {
      zh: '阿拉伯数字序号后用圆点：“{marker}”应为“{fixed}”（如单位习惯用“1、”，可在配置中关闭本规则）。',
      en: 'An Arabic number takes a dot: “{marker}” should be “{fixed}” (if your house style is “1、”, turn this rule off in the config).',
    },
  },
  docs: {
    rationale: {
      zh: 'GB/T 9704规定第三层序数用“1.”。“1、”是不少单位的习惯写法：如需允许，在配置文件中设 "heading-arabic-comma": "off"。',
      en: 'GB/T 9704 numbers the third level “1.”. “1、” is a common house style: to allow it, set "heading-arabic-comma": "off" in the config file.',
    },
    bad: ['1、健全依法决策机制'],
    good: ['1.健全依法决策机制'],
  },
  check(ctx) {
    for (const s of ctx.sections) {
      if (s.style !== 'arabic-dot' || !s.marker.endsWith('、')) continue;
      const end = sectionStart(s) + s.marker.length;
      const fixed = `${s.marker.slice(0, -1)}.`;
      ctx.report({ start: end - 1, end, messageId: 'comma', data: { marker: s.marker, fixed }, fix: { start: end - 1, end, text: '.' } });
    }
  },
});
