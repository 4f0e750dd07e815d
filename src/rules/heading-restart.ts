import { defineRule } from './rule.js';
import { markerRange, numberedRuns } from './support/siblings.js';

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
  },
  docs: {
    rationale: {
      zh: '同一层级的标题不应在中途重新从“一”编号；这通常是整段内容被粘贴了两次，或把两份材料拼在了一起。',
      en: 'Headings of one level do not start again at one midway; that is usually a passage pasted twice, or two documents joined together.',
    },
    bad: ['一、工作回顾\n二、总体部署\n三、重点工作\n一、工作回顾'],
    good: ['一、工作回顾\n二、总体部署\n三、重点工作'],
  },
  check(ctx) {
    for (const run of numberedRuns(ctx.outline, 'heading')) {
      for (let i = 1; i < run.length; i++) {
        const prev = run[i - 1]!;
        const here = run[i]!;
        if (here.ordinal === 1 && (prev.ordinal as number) >= 1) {
          ctx.report({ ...markerRange(here), messageId: 'restart', data: { found: here.marker, previous: prev.marker } });
        }
      }
    }
  },
});
