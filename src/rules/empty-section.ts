import { defineRule } from './rule.js';

// What is left of a section once its title is taken away may be only a colon or comma and
// spacing. A title that ends its sentence (（一）深化法治建设统筹协调。) is a statement, as plans
// are often written, not an empty heading.
const NOTHING = /^[\s：:；;，,、.．]*$/;

export const emptySection = defineRule({
  id: 'empty-section',
  description: { zh: '标题下没有内容', en: 'A heading with nothing under it' },
  severity: 'warning',
  tags: ['structure'],
  fixable: false,
  messages: {
    empty: {
      zh: '“{heading}”下没有内容：请补写内容，或删去该标题。',
      en: '“{heading}” has nothing under it: write the section or remove the heading.',
    },
  },
  docs: {
    rationale: {
      zh: '只有标题、没有正文的部分通常是起草时留下的空位。',
      en: 'A heading with no text under it is usually a gap left while drafting.',
    },
    bad: ['二、存在的不足和原因\n三、2026年工作安排\n……'],
    good: ['二、存在的不足和原因\n一是……究其原因……\n三、2026年工作安排\n……'],
  },
  check(ctx) {
    for (const s of ctx.sections) {
      if (s.kind !== 'heading' || s.children.length > 0) continue;
      const body = ctx.text.slice(s.titleSpan.end.offset, Math.max(s.titleSpan.end.offset, s.span.end.offset));
      if (!NOTHING.test(body)) continue;
      ctx.report({ span: s.titleSpan.start.offset === s.titleSpan.end.offset ? s.span : s.titleSpan, messageId: 'empty', data: { heading: `${s.marker}${s.title}` } });
    }
  },
});
