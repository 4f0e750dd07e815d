import type { Section } from '../schema/outline.js';
import { defineRule } from './rule.js';
import { markerFor } from './support/numbering.js';
import { markerRange, numberedRuns, writtenRunIn } from './support/siblings.js';
import { sectionStart } from '../outline/section.js';

export const headingSequence = defineRule({
  id: 'heading-sequence',
  description: {
    zh: '标题序号跳号、重复或顺序颠倒',
    en: 'Heading numbers that skip, repeat or go out of order',
  },
  severity: 'error',
  tags: ['structure'],
  fixable: false,
  messages: {
    first: {
      zh: '同级第一个标题序号为“{found}”：应从“{expected}”开始，请检查是否漏写前面的部分。',
      en: 'The first heading of this level is numbered “{found}”: numbering starts at “{expected}”; check for a missing part before it.',
    },
    skip: {
      zh: '标题序号跳号：“{previous}”之后是“{found}”，缺少“{expected}”，请补上或重新编号。',
      en: 'Heading numbers skip: “{found}” follows “{previous}”, “{expected}” is missing; add it or renumber.',
    },
    repeat: {
      zh: '标题序号重复：“{found}”已在第{line}行使用，请重新编号。',
      en: 'Heading number repeated: “{found}” is already used on line {line}; renumber.',
    },
    order: {
      zh: '标题序号顺序颠倒：“{found}”出现在“{previous}”之后，请调整顺序或重新编号。',
      en: 'Heading numbers out of order: “{found}” comes after “{previous}”; reorder or renumber.',
    },
    swapped: {
      zh: '标题序号颠倒：“{found}”排在“{next}”之前，请对调两部分或重新编号。',
      en: 'Two headings swapped: “{found}” comes before “{next}”; swap the two parts or renumber them.',
    },
  },
  docs: {
    rationale: {
      zh: '同一层级的标题应从一开始连续编号（一、二、三……），跳号、重号或颠倒通常意味着删改后未重新编号或漏写了部分内容。序号从一重新开始的情况由 heading-restart 报告。',
      en: 'Headings of one level are numbered from one without gaps (一、二、三…); a gap, a repeat or a reversal usually means a part was cut or moved without renumbering. Numbering that starts again at one is reported by heading-restart.',
    },
    bad: ['一、工作进展情况\n……\n三、存在的问题', '（一）完善制度……\n（二）强化监督……\n（二）推进普法……'],
    good: ['一、工作进展情况\n……\n二、存在的问题'],
  },
  check(ctx) {
    // The last heading of each style and level so far: items numbered on through a part (1. 2.
    // under （一）, 3. under （二）) start where the last run stopped, not at one.
    const lastOf = new Map<string, Section>();
    for (const run of numberedRuns(ctx.outline, 'heading')) {
      const first = run[0];
      if (!first) continue;
      const key = `${first.style} ${first.level}`;
      const before = lastOf.get(key);
      lastOf.set(key, run.at(-1) as Section);
      const continues = before !== undefined && first.ordinal === (before.ordinal as number) + 1;
      // （一）to（四）run into one line above （五）: the list starts where it should, unread.
      const runIn = first.ordinal !== null && first.ordinal > 1 && writtenRunIn(ctx.text, sectionStart(first), markerFor(first.style, first.ordinal - 1, first.marker));
      if (first.ordinal !== 1 && !continues && !runIn) {
        ctx.report({
          ...markerRange(first),
          messageId: 'first',
          data: { found: first.marker, expected: markerFor(first.style, 1, first.marker) },
        });
      }
      for (let i = 1; i < run.length; i++) {
        const prev = run[i - 1]!;
        const here = run[i]!;
        const p = prev.ordinal as number;
        const n = here.ordinal as number;
        const data = { found: here.marker, previous: prev.marker, expected: markerFor(here.style, p + 1, here.marker) };
        if (n === p + 1 || n === 1) continue; // a restart is heading-restart's
        // （一）（三）（二）（四）: two parts swapped is one finding, not a skip, a reversal and a skip.
        const next = run[i + 1];
        const then = run[i + 2];
        if (n === p + 2 && next?.ordinal === p + 1 && then?.ordinal !== p + 2) {
          ctx.report({ ...markerRange(here), messageId: 'swapped', data: { found: here.marker, next: next.marker } });
          // The pair after is judged from the larger of the two: （四） follows （三）.
          i += then?.ordinal === n + 1 ? 2 : 1;
          continue;
        }
        if (n === p) {
          ctx.report({ ...markerRange(here), messageId: 'repeat', data: { ...data, line: prev.span.start.line } });
          // （三）（三）（五）: the second （三） stands for （四）, one slip; （五） goes on from it.
          if (next?.ordinal === p + 2) i++;
        } else if (n > p + 1) ctx.report({ ...markerRange(here), messageId: 'skip', data });
        else ctx.report({ ...markerRange(here), messageId: 'order', data });
      }
    }
  },
});

