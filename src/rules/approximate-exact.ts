import { defineRule } from './rule.js';

// 余 and 多 after the figure itself (12345余条, 15多次): the figure, not a magnitude (2.5万余人).
const COUNT_THEN_ROUGHLY = /^([0-9]+)(?:余|多)/;
// A figure of one digit takes 余 in words (五余次 is not said either); from 10 on, a figure that
// ends in a digit other than 0 is exact.
const SMALLEST = 10;

export const approximateExact = defineRule({
  id: 'approximate-exact',
  description: {
    zh: '精确数后用了表示概数的“余”“多”（如“12345余条”）',
    en: 'An exact figure followed by 余 or 多, which mark a round one (12345余条)',
  },
  severity: 'warning',
  tags: ['indicators'],
  fixable: false,
  messages: {
    exact: {
      zh: '“{text}”是精确数，后面不宜用“{word}”：请写确数“{exact}”，或改为整数概数（如“{round}{word}{unit}”）。',
      en: '“{text}” is an exact figure, which takes no “{word}”: write the exact count “{exact}”, or a round figure (e.g. “{round}{word}{unit}”).',
    },
  },
  docs: {
    rationale: {
      zh: '“余”“多”表示概数，用在整十、整百、整千之后（“3000余人次”“100多件”）。精确到个位的数（“12345余条”）再加“余”，既不是确数也不是概数，读者不知道该信哪一个。',
      en: '余 and 多 mark a round figure (3000余人次, 100多件). Put after a figure exact to its last digit (12345余条), they leave the reader unsure whether the figure is exact or not.',
    },
    bad: ['归集政务数据12345余条。'],
    good: ['归集政务数据12345条。', '归集政务数据1.2万余条。', '培训执法人员3000余人次。'],
  },
  check(ctx) {
    for (const indicator of ctx.indicators) {
      if (indicator.approx !== '余' && indicator.approx !== '多') continue;
      const m = COUNT_THEN_ROUGHLY.exec(indicator.text);
      if (!m) continue;
      const digits = m[1] as string;
      const value = Number(digits);
      if (value < SMALLEST || value % 10 === 0) continue;
      const word = indicator.text.charAt(digits.length);
      const unit = indicator.text.slice(digits.length + 1);
      const place = 10 ** (digits.length - 1);
      ctx.report({
        span: indicator.span,
        messageId: 'exact',
        data: { text: indicator.text, word, exact: `${digits}${unit}`, round: String(Math.floor(value / place) * place), unit },
      });
    }
  },
});
