import type { Section } from '../schema/outline.js';
import { defineRule } from './rule.js';
import { PARTS } from '../profiles/parts.js';
import { linesBetween, partOpenedBy } from './support/between-headings.js';
import { chineseNumeral } from './support/numbering.js';
import { markerRange, numberedRuns } from './support/siblings.js';
import { lastAtOrBefore } from '../text/sorted.js';
import { sectionStart } from '../outline/section.js';

const PART_NAMES = {
  plan: { zh: '下一年度工作安排', en: "next year's plan" },
  shortcomings: { zh: '存在的不足', en: 'the shortcomings' },
} as const;
const SUGGESTED = {
  plan: { zh: '{year}年工作安排', en: '{year}年工作安排' },
  shortcomings: { zh: '存在的不足和原因', en: '存在的不足和原因' },
} as const;

export const headingRestart = defineRule({
  id: 'heading-restart',
  description: {
    zh: '同级标题序号中途从“一”重新开始（可能有重复粘贴的内容）',
    en: 'Numbering of one heading level starts again at one (text pasted twice?)',
  },
  severity: 'warning',
  tags: ['structure'],
  fixable: false,
  messages: {
    restart: {
      zh: '标题序号在“{previous}”之后又从“{found}”开始：请检查是否重复粘贴了内容，或应接续编号。',
      en: 'Numbering starts again at “{found}” after “{previous}”: check whether text was pasted twice, or continue the numbering.',
    },
    headingMissing: {
      zh: '“{found}”起是{part}，但上面没有部分标题，编号仍接在“{parent}”之下：请在“{opener}”前加上部分标题（如“{suggestion}”）。',
      en: 'From “{found}” on the text is {part}, but no part heading stands above it, so it is numbered under “{parent}”: add a part heading (e.g. “{suggestion}”) before “{opener}”.',
    },
  },
  docs: {
    rationale: {
      zh: '同一层级的标题不应在中途重新从“一”编号；这通常是整段内容被粘贴了两次，或把两份材料拼在了一起。没有序号的部分标题（如“2025年工作安排建议”单独成行）之下重新编号不报；列举不足或以“2026年，我们将……”开始下一年度安排而没有部分标题的，报告缺少标题。',
      en: 'Headings of one level do not start again at one midway; that is usually a passage pasted twice, or two documents joined together. Numbering that starts again under a part heading without a number (a line of its own such as 2025年工作安排建议) is not reported; where the shortcomings or next year’s plan (2026年，我们将……) begin without a part heading, the missing heading is reported.',
    },
    bad: ['一、工作回顾\n二、总体部署\n三、重点工作\n一、工作回顾'],
    good: ['一、工作回顾\n二、总体部署\n三、重点工作'],
  },
  check(ctx) {
    let tops: TopHeadings | null = null;
    for (const run of numberedRuns(ctx.outline, 'heading')) {
      for (let i = 1; i < run.length; i++) {
        const prev = run[i - 1]!;
        const here = run[i]!;
        if (here.ordinal !== 1 || (prev.ordinal as number) < 1) continue;
        // What stands between the two says what the restart is: a part begun without a heading,
        // or (else) a passage pasted again. (Under a part heading without a number, 2025年工作安排,
        // the outline starts a new list: no restart reaches this rule.)
        const between = linesBetween(ctx.text, sectionStart(prev), sectionStart(here));
        // The list belongs to the part opened last before it (the plan after the shortcomings).
        const opener = between.map((l) => ({ ...l, part: partOpenedBy(l.line, ctx.year) })).findLast((l) => l.part !== null);
        const parent = opener ? (tops ??= topHeadings(ctx.sections)).before(sectionStart(here)) : undefined;
        // A heading that names a part itself (一、下半年工作打算 after 二、存在的问题), or a list
        // under the very part the opener belongs to, lacks no heading: its number is wrong.
        const headed = opener?.part && (namesPart(here) || PARTS[opener.part].heading?.test(prev.title));
        if (opener?.part && parent && !headed) {
          const year = ctx.year === null ? '下一' : String(ctx.year + 1);
          const suggestion = `${chineseNumeral((parent.ordinal ?? 0) + 1)}、${SUGGESTED[opener.part].zh.replace('{year}', year)}`;
          ctx.report({
            ...markerRange(here),
            messageId: 'headingMissing',
            data: { found: here.marker, part: PART_NAMES[opener.part], parent: `${parent.marker}${parent.title}`, opener: opener.line.slice(0, 12), suggestion },
          });
          continue;
        }
        ctx.report({ ...markerRange(here), messageId: 'restart', data: { found: here.marker, previous: prev.marker } });
      }
    }
  },
});

function namesPart(s: Section): boolean {
  return PARTS.plan.heading?.test(s.title) === true || PARTS.shortcomings.heading?.test(s.title) === true;
}

interface TopHeadings {
  /** The last top-level numbered heading that starts before an offset. */
  before(offset: number): Section | undefined;
}

/**
 * The top-level numbered headings, searched by offset: a report pasted many times over asks once
 * per restart, and a walk from the start each time made the rule quadratic (16 MB of the seed
 * repeated: 1.9 s against 55 ms at 4 MB).
 */
function topHeadings(sections: readonly Section[]): TopHeadings {
  const tops = sections.filter((s) => s.level === 1 && s.kind === 'heading' && s.ordinal !== null);
  const starts = Int32Array.from(tops, sectionStart);
  return { before: (offset) => tops[lastAtOrBefore(starts, offset - 1)] };
}
