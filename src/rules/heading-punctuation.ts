import { defineRule } from './rule.js';
import { HAN_MARKER_NUMERAL, HAN_ORDINAL, lazyRegExp } from '../text/numerals.js';
import { sectionStart } from '../outline/section.js';

// What may follow a marker (GB/T 9704): 一、 takes 、; （一） and （1） take nothing; 第一 takes ，.
const AFTER_BRACKET = /[）)]([、，,.．：:])$/;
const CN_DOT = lazyRegExp(() => `^[${HAN_MARKER_NUMERAL}]{1,3}([.．])$`);
const DI_COMMA = lazyRegExp(() => `^第[${HAN_ORDINAL}]{1,3}(、)$`);

export const headingPunctuation = defineRule({
  id: 'heading-punctuation',
  description: {
    zh: '序号后的标点不符合GB/T 9704（如“（一）、”“（1）.”“一.”）',
    en: 'Punctuation after a heading number against GB/T 9704 (“（一）、”, “（1）.”, “一.”)',
  },
  severity: 'error',
  tags: ['structure', 'punctuation'],
  fixable: true,
  messages: {
    afterBracket: {
      zh: '括号序号“{marker}”后不加标点：请删去“{mark}”。',
      en: 'A bracketed number “{marker}” takes no punctuation after it: delete “{mark}”.',
    },
    cnDot: {
      zh: '汉字序号后用顿号：“{marker}”应为“{fixed}”。',
      en: 'A Chinese numeral takes the enumeration comma: “{marker}” should be “{fixed}”.',
    },
    diComma: {
      zh: '“第一”类序号后用逗号：“{marker}”应为“{fixed}”。',
      en: '“第一”-style enumerators take a comma: “{marker}” should be “{fixed}”.',
    },
  },
  docs: {
    rationale: {
      zh: '按照GB/T 9704，“一、”用顿号，“（一）”“（1）”括号后不再加标点，“1.”用圆点；“第一，”用逗号。“（一）、”“（1）.”“一.”都是常见错误。阿拉伯数字后用顿号（“1、”）由 heading-arabic-comma 报告。',
      en: 'Under GB/T 9704, “一、” takes the enumeration comma, bracketed numbers “（一）” “（1）” take nothing after them, “1.” takes a dot, and “第一，” a comma. “（一）、”, “（1）.” and “一.” are common mistakes. “1、” is reported by heading-arabic-comma.',
    },
    bad: ['（一）、提高政府履职能力', '（1）.完善制度', '一.工作进展情况', '第一、向深化改革要动力'],
    good: ['（一）提高政府履职能力', '（1）完善制度', '一、工作进展情况', '第一，向深化改革要动力'],
  },
  check(ctx) {
    for (const s of ctx.sections) {
      const at = sectionStart(s);
      const end = at + s.marker.length;
      const bracket = AFTER_BRACKET.exec(s.marker);
      if (bracket && (s.style === 'cn-paren' || s.style === 'arabic-paren')) {
        ctx.report({
          start: end - 1,
          end,
          messageId: 'afterBracket',
          data: { marker: s.marker.slice(0, -1), mark: bracket[1] as string },
          fix: { start: end - 1, end, text: '' },
        });
        continue;
      }
      const dot = s.style === 'cn-comma' ? CN_DOT().exec(s.marker) : null;
      const di = s.style === 'item-di' ? DI_COMMA().exec(s.marker) : null;
      const wrong = dot ?? di;
      if (!wrong) continue;
      const right = dot ? '、' : '，';
      const fixed = `${s.marker.slice(0, -1)}${right}`;
      ctx.report({
        start: end - 1,
        end,
        messageId: dot ? 'cnDot' : 'diComma',
        data: { marker: s.marker, fixed },
        fix: { start: end - 1, end, text: right },
      });
    }
  },
});
