import { RANGE_SEPARATORS } from '../extract/range.js';
import { magnitudeAt } from '../extract/unit.js';
import { defineRule } from './rule.js';

// The first number of a range as the extractor found it (63～68%, 13～17万元, 6.5%－7%): digits,
// then an optional magnitude (as the extractor reads one) and sign, then the separator.
const LOW = /^[0-9０-９][0-9０-９.．,]*/;
const SIGNS = '%％‰';
// Half-width separators: the fix writes the range with the wave dash of GB/T 15834 instead.
const HALF_WIDTH_SEPARATORS = '-~';

export const rangeUnit = defineRule({
  id: 'range-unit',
  description: {
    zh: '数值范围未在两端重复“%”或“万”“亿”（如“63～68%”应为“63%～68%”）',
    en: 'A range that does not repeat % or 万/亿 on both ends (63～68% for 63%～68%)',
  },
  severity: 'warning',
  tags: ['punctuation'],
  fixable: true,
  messages: {
    sign: {
      zh: '范围“{found}”的前一个数值省略了“{sign}”：按GB/T 15835，百分数范围两端都要写“{sign}”，应写作“{fixed}”。',
      en: 'The range “{found}” drops the “{sign}” of its first number: GB/T 15835 writes it on both ends, “{fixed}”.',
    },
    magnitude: {
      zh: '范围“{found}”的前一个数值省略了“{magnitude}”：按GB/T 15835，“万”“亿”不能省略，应写作“{fixed}”。',
      en: 'The range “{found}” drops the “{magnitude}” of its first number: GB/T 15835 repeats 万 and 亿 on both ends, “{fixed}”.',
    },
  },
  docs: {
    rationale: {
      zh: '按照GB/T 15835《出版物上数字用法》，表示数值范围时，百分数的“%”和数值中的“万”“亿”在两端都要写出：“63%～68%”不写作“63～68%”，“13万～17万元”不写作“13～17万元”，否则前一个数值会被误读为63或13。“元”“人”“个百分点”等计量单位可只写在后一个数值后（“3～5个工作日”“1～2个百分点”），不报告。修复时补上省略的符号；以半角“-”“~”连接的，一并改为浪纹线“～”（GB/T 15834）。两端都有“%”的“6.5%－7%”不报告。',
      en: 'Under GB/T 15835 (numbers in publications) a range writes the % of a percentage and the 万 or 亿 of a number on both ends: 63%～68%, not 63～68%; 13万～17万元, not 13～17万元 — otherwise the first number reads as 63 or 13. Units such as 元, 人 or 个百分点 may be written once, after the second number (3～5个工作日, 1～2个百分点), and are not reported. The fix adds what was left out; a half-width - or ~ between the numbers becomes the wave dash ～ of GB/T 15834. 6.5%－7%, with % on both ends, is not reported.',
    },
    bad: ['群众满意度保持在63～68%。', '全年节约财政资金13～17万元。', '居民消费价格涨幅控制在2-3%。'],
    good: ['群众满意度保持在63%～68%。', '全年节约财政资金13万～17万元。', '承诺办理时限压缩至3～5个工作日。'],
  },
  check(ctx) {
    for (const indicator of ctx.indicators) {
      if (!indicator.range) continue;
      const { text, unit } = indicator;
      const start = indicator.span.start.offset;
      const low = LOW.exec(text);
      if (!low) continue;
      let at = low[0].length;
      const magnitude = magnitudeAt(text, at);
      at += magnitude.length;
      const sign = SIGNS.includes(text[at] as string) ? (text[at] as string) : '';
      if (sign) at += 1;
      const separator = text[at] as string;
      if (!RANGE_SEPARATORS.includes(separator)) continue;

      const wantMagnitude = magnitudeAt(unit, 0);
      const wantSign = unit.length === 1 && SIGNS.includes(unit) ? unit : '';
      const missingMagnitude = magnitude === '' && wantMagnitude !== '';
      const missingSign = !sign && wantSign !== '';
      if (!missingMagnitude && !missingSign) continue;

      // Rewritten: from the end of the digits (and of a magnitude already written) to the
      // separator, which becomes the wave dash when it was a half-width - or ~.
      const from = low[0].length + magnitude.length;
      const replacement =
        (missingMagnitude ? wantMagnitude : '') + (sign || wantSign) + (HALF_WIDTH_SEPARATORS.includes(separator) ? '～' : separator);
      const fixed = text.slice(0, from) + replacement + text.slice(at + 1);
      ctx.report({
        start,
        end: start + text.length,
        messageId: missingMagnitude ? 'magnitude' : 'sign',
        data: { found: text, fixed, sign: wantSign, magnitude: wantMagnitude },
        fix: { start: start + from, end: start + at + 1, text: replacement },
      });
    }
  },
});
