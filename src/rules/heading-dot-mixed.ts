import { defineRule } from './rule.js';
import { markerRange, numberedRuns } from './support/siblings.js';

const HALF = '.';
const FULL = '．';

/** The dot a marker ends with (1. or 1．), or null for 1、. */
function dotOf(marker: string): string | null {
  const last = marker.at(-1);
  return last === HALF || last === FULL ? last : null;
}

export const headingDotMixed = defineRule({
  id: 'heading-dot-mixed',
  description: {
    zh: '同一组阿拉伯数字序号混用半角“.”和全角“．”',
    en: 'One list of Arabic heading numbers mixes the half-width “.” and the full-width “．”',
  },
  severity: 'warning',
  tags: ['structure', 'punctuation'],
  fixable: true,
  messages: {
    mixed: {
      zh: '同一组序号中“{marker}”的圆点与其他序号不一致：应为“{fixed}”，请统一用“{dot}”。',
      en: 'The dot of “{marker}” differs from the rest of its list: it should be “{fixed}”; use “{dot}” throughout.',
    },
  },
  docs: {
    rationale: {
      zh: '“1.”“1．”都是常见写法，但同一组序号应当一致。混用多半是从不同材料拼合而来，也会让检查工具误把“3．10种”当成小数。以本组多数的写法为准。',
      en: 'Both “1.” and “1．” are common, but one list uses one of them. A mix usually comes from pasting material together. The form most of the list uses is taken as right.',
    },
    bad: ['一、重点工作\n1.深化改革。\n2.扩大开放。\n3．优化营商环境。'],
    good: ['一、重点工作\n1.深化改革。\n2.扩大开放。\n3.优化营商环境。'],
  },
  check(ctx) {
    for (const run of numberedRuns(ctx.outline, 'heading')) {
      if (run[0]?.style !== 'arabic-dot') continue;
      let half = 0;
      let full = 0;
      for (const s of run) {
        const dot = dotOf(s.marker);
        if (dot === HALF) half++;
        else if (dot === FULL) full++;
      }
      if (half === 0 || full === 0) continue;
      // The majority is right; on a tie, the first marker's form.
      const dot = half > full ? HALF : full > half ? FULL : (dotOf((run.find((s) => dotOf(s.marker)) as { marker: string }).marker) as string);
      for (const s of run) {
        const own = dotOf(s.marker);
        if (own === null || own === dot) continue;
        const { end } = markerRange(s);
        const fixed = `${s.marker.slice(0, -1)}${dot}`;
        ctx.report({ start: end - 1, end, messageId: 'mixed', data: { marker: s.marker, fixed, dot }, fix: { start: end - 1, end, text: dot } });
      }
    }
  },
});
