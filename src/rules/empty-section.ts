import type { Section } from '../schema/outline.js';
import { defineRule } from './rule.js';
import { sectionEnd, sectionTitleEnd } from '../outline/section.js';

// What is left of a section once its title is taken away may be only a colon or comma and
// spacing.
const NOTHING = /^[\s：:，,、.．]*$/;
// A title that ends its sentence (（一）深化法治建设统筹协调。) is a statement, as plans are often
// written as a list of them: not an empty heading. Only a short name with a stop (（五）基层治理。)
// among siblings that go on after their titles (（四）执法监督。一是……) is a gap like any other.
// A semicolon ends a statement of a list as a stop does (1.深入学习……；2.严格落实……；).
const STOPPED = /^[。．.！!；;]\s*$/;
const ENDS_SENTENCE = /[。．！!；;]$/;
const STATEMENT = /[，,；;]/;
const MAX_NAME = 8;

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
      zh: '只有标题、没有正文的部分通常是起草时留下的空位。以句号结束的一句话标题（工作安排常这样写）是陈述，不报；但同级标题后都有正文时，以句号结束的简短标题（如“（五）基层治理。”）仍是空位。',
      en: 'A heading with no text under it is usually a gap left while drafting. A heading written as a sentence, ending in a stop (as plans often are), is a statement and is not reported; but a short name with a stop (（五）基层治理。) among siblings that go on after their titles is a gap all the same.',
    },
    bad: ['二、存在的不足和原因\n三、2026年工作安排\n……'],
    good: ['二、存在的不足和原因\n一是……究其原因……\n三、2026年工作安排\n……'],
  },
  check(ctx) {
    const { text } = ctx;
    const bodyOf = (s: Section) => text.slice(sectionTitleEnd(s), Math.max(sectionTitleEnd(s), sectionEnd(s)));
    const visit = (siblings: readonly Section[]) => {
      // Whether some sibling heading says more than its title.
      let siblingsGoOn: boolean | undefined;
      for (const s of siblings) {
        // 附件：1. ……表 / 2. ……结果 lists the attachments: their titles are all there is.
        if (s.style === 'annex') continue;
        visit(s.children);
        if (s.kind !== 'heading' || s.children.length > 0) continue;
        const body = bodyOf(s);
        // The stop may end the title itself (1.深入学习……议事日程；) or follow it.
        const stopped = STOPPED.test(body) || (NOTHING.test(body) && ENDS_SENTENCE.test(s.title));
        if (!NOTHING.test(body) || stopped) {
          if (!stopped || STATEMENT.test(s.title) || s.title.length > MAX_NAME) continue;
          siblingsGoOn ??= siblings.some((x) => {
            if (x.kind !== 'heading') return false;
            const rest = bodyOf(x);
            return x.children.length > 0 || !(NOTHING.test(rest) || STOPPED.test(rest));
          });
          if (!siblingsGoOn) continue;
        }
        ctx.report({ span: s.titleSpan.start.offset === s.titleSpan.end.offset ? s.span : s.titleSpan, messageId: 'empty', data: { heading: `${s.marker}${s.title}` } });
      }
    };
    visit(ctx.outline.sections);
  },
});
